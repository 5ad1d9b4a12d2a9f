-- Issue 16: the grades of occupants on the map (staff only), and one owner of an enterprise's grade.

-- The grade of an enterprise is its latest graded result (the view enterprise_latest_grade, V170).
-- enterprise.grade is a copy that the database keeps equal to it after every change of results, by
-- whatever writes them (the import, a correction in SQL); it is written directly only for an
-- enterprise that has no graded result (never evaluated), and read by no rule: every rule reads the view.
CREATE FUNCTION enterprise_grade_follows_results() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    FOR changed IN
        SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.enterprise_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.enterprise_id END]) AS x
        WHERE x IS NOT NULL
    LOOP
        UPDATE enterprise e SET grade = l.grade
        FROM (SELECT (SELECT grade FROM enterprise_latest_grade WHERE enterprise_id = changed) AS grade) l
        WHERE e.id = changed AND l.grade IS NOT NULL AND e.grade IS DISTINCT FROM l.grade;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER efficiency_result_enterprise_grade AFTER INSERT OR UPDATE OF grade, year, enterprise_id OR DELETE
    ON efficiency_result FOR EACH ROW EXECUTE FUNCTION enterprise_grade_follows_results();

-- The map layer occupant-grades: every building with occupants, the grade of the occupant that holds
-- most of its occupied floor area (ties: the better grade; NONE, not evaluated, last) and the number of
-- occupants of each grade.
CREATE VIEW building_occupant_grade AS
WITH occupied AS (
    SELECT u.building_id, coalesce(l.grade, 'NONE') AS grade, sum(u.area_m2) AS area_m2,
           count(DISTINCT u.occupant_enterprise_id) AS occupants
    FROM space_unit u
    LEFT JOIN enterprise_latest_grade l ON l.enterprise_id = u.occupant_enterprise_id
    WHERE u.occupant_enterprise_id IS NOT NULL
    GROUP BY u.building_id, coalesce(l.grade, 'NONE')
), by_building AS (
    SELECT building_id,
           (array_agg(grade ORDER BY area_m2 DESC, grade))[1] AS grade,
           sum(occupants)::int AS occupants,
           coalesce(sum(occupants) FILTER (WHERE grade = 'A'), 0)::int AS grade_a,
           coalesce(sum(occupants) FILTER (WHERE grade = 'B'), 0)::int AS grade_b,
           coalesce(sum(occupants) FILTER (WHERE grade = 'C'), 0)::int AS grade_c,
           coalesce(sum(occupants) FILTER (WHERE grade = 'D'), 0)::int AS grade_d,
           coalesce(sum(occupants) FILTER (WHERE grade = 'NONE'), 0)::int AS not_evaluated
    FROM occupied
    GROUP BY building_id
)
SELECT b.id, b.geom, b.name, b.park_code, b.town_code, g.grade, g.occupants,
       g.grade_a, g.grade_b, g.grade_c, g.grade_d, g.not_evaluated
FROM building b JOIN by_building g ON g.building_id = b.id;

ALTER TABLE layer_version DROP CONSTRAINT layer_version_layer_check;
ALTER TABLE layer_version ADD CONSTRAINT layer_version_layer_check
    CHECK (layer IN ('towns', 'parks', 'buildings', 'parcels', 'occupant-grades'));
INSERT INTO layer_version (layer) VALUES ('occupant-grades');

-- occupant-grades: the buildings, their units' occupants, and the occupants' results
DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['building', 'space_unit', 'efficiency_result'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version(%L)',
                       source || '_occupant_grades_layer_version', source, 'occupant-grades');
    END LOOP;
END;
$$;
