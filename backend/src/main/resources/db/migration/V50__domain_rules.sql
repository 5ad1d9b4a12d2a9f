-- Domain rules named once in SQL, each the twin of one Java owner (docs/architecture.md).

-- Fire-hazard classes (shared.FireHazardClass): 1 for 甲 (most hazardous) … 5 for 戊, null for none.
CREATE FUNCTION fire_hazard_rank(class text) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(strpos('甲乙丙丁戊', class), 0)::smallint
$$;

-- m² → 亩 (shared.Units): 1 亩 = 10000/15 m², rounded to 0.01 亩 as shown and compared.
CREATE FUNCTION m2_to_mu(area_m2 numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT round(area_m2 * 15 / 10000, 2)
$$;

-- The land search's index follows the function (the same values as round(area_m2 * 0.0015, 2)).
DROP INDEX parcel_search_area_mu_idx;
CREATE INDEX parcel_search_area_mu_idx ON parcel (m2_to_mu(area_m2));

-- space_listing (V20) ranks fire-hazard classes through the function.
CREATE OR REPLACE VIEW space_listing_source AS
    SELECT u.id AS unit_id, u.building_id, b.town_code, b.park_code,
           fire_hazard_rank(b.fire_hazard_class) AS fire_rank,
           u.floor_from, u.vacant_area_m2, u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva,
           u.rent_yuan_m2_month, u.available_from, u.last_confirmed_at,
           ST_PointOnSurface(b.geom)::geometry(Point, 4326) AS point
    FROM space_unit u JOIN building b ON b.id = u.building_id
    WHERE u.status = 'VACANT' AND u.vacant_area_m2 > 0;

CREATE OR REPLACE FUNCTION space_listing_units_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM space_listing WHERE unit_id IN (SELECT id FROM changed_units);
    END IF;
    INSERT INTO space_listing
    SELECT u.id, u.building_id, b.town_code, b.park_code, fire_hazard_rank(b.fire_hazard_class),
           u.floor_from, u.vacant_area_m2, u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva,
           u.rent_yuan_m2_month, u.available_from, u.last_confirmed_at, ST_PointOnSurface(b.geom)
    FROM changed_units u JOIN building b ON b.id = u.building_id
    WHERE u.status = 'VACANT' AND u.vacant_area_m2 > 0;
    RETURN NULL;
END;
$$;
