-- Future supply (issue 16, docs/architecture.md "Future supply"): a building that a redevelopment
-- project (工改工) is putting up. While its project is 在建 (CONSTRUCTION) the building is under
-- construction and its planned units are future supply, available no earlier than the project's
-- expected completion; when the project moves to 竣工 (COMPLETED) they are ordinary supply.

ALTER TABLE building ADD COLUMN redevelopment_project_id bigint REFERENCES redevelopment_project (id);
CREATE INDEX building_redevelopment_project_idx ON building (redevelopment_project_id)
    WHERE redevelopment_project_id IS NOT NULL;

-- The one owner of "under construction" and of the expected date of future supply.
CREATE VIEW future_supply AS
    SELECT b.id AS building_id, p.id AS project_id, p.expected_completion
    FROM building b JOIN redevelopment_project p ON p.id = b.redevelopment_project_id
    WHERE p.stage = 'CONSTRUCTION';

-- The day a unit is available from: its own date, and for future supply (expected not null) no
-- earlier than the expected completion.
CREATE FUNCTION supply_available_from(unit_from date, expected date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN expected IS NULL THEN unit_from ELSE greatest(unit_from, expected) END
$$;

-- The units as matching reads them: availability through supply_available_from, with the expected
-- completion (null: not future supply).
CREATE VIEW space_unit_supply AS
    SELECT u.id, u.building_id, u.floor_from, u.floor_to, u.area_m2, u.vacant_area_m2, u.ceiling_height_m,
           u.floor_load_kg_m2, u.power_kva, u.rent_yuan_m2_month, u.sale_price_yuan_m2, u.status,
           supply_available_from(u.available_from, f.expected_completion) AS available_from,
           u.occupant_enterprise_id, u.last_confirmed_at, u.version, f.expected_completion
    FROM space_unit u LEFT JOIN future_supply f ON f.building_id = u.building_id;

-- space_listing (V20, V50) lists future supply with its expected completion and its availability.
ALTER TABLE space_listing ADD COLUMN expected_completion date;
CREATE INDEX space_listing_future_idx ON space_listing (building_id) WHERE expected_completion IS NOT NULL;

CREATE OR REPLACE VIEW space_listing_source AS
    SELECT u.id AS unit_id, u.building_id, b.town_code, b.park_code,
           fire_hazard_rank(b.fire_hazard_class) AS fire_rank,
           u.floor_from, u.vacant_area_m2, u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva,
           u.rent_yuan_m2_month, supply_available_from(u.available_from, f.expected_completion) AS available_from,
           u.last_confirmed_at, ST_PointOnSurface(b.geom)::geometry(Point, 4326) AS point, f.expected_completion
    FROM space_unit u JOIN building b ON b.id = u.building_id
    LEFT JOIN future_supply f ON f.building_id = b.id
    WHERE u.status = 'VACANT' AND u.vacant_area_m2 > 0;

CREATE OR REPLACE FUNCTION space_listing_units_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM space_listing WHERE unit_id IN (SELECT id FROM changed_units);
    END IF;
    INSERT INTO space_listing
    SELECT s.* FROM space_listing_source s WHERE s.unit_id IN (SELECT id FROM changed_units);
    RETURN NULL;
END;
$$;

-- A building linked to a project in 在建 enters the stock (V160) on the expected completion.
CREATE FUNCTION building_future_supply_start() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    expected date;
BEGIN
    IF NEW.redevelopment_project_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.redevelopment_project_id IS DISTINCT FROM OLD.redevelopment_project_id) THEN
        SELECT p.expected_completion INTO expected FROM redevelopment_project p
        WHERE p.id = NEW.redevelopment_project_id AND p.stage = 'CONSTRUCTION';
        IF expected IS NOT NULL THEN
            NEW.started_on := expected;
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER building_future_supply_start BEFORE INSERT OR UPDATE ON building
    FOR EACH ROW EXECUTE FUNCTION building_future_supply_start();

-- The project's buildings follow it: a new expected date moves their start in the stock (and their
-- units' availability, through the listing's refresh on the building update); completion starts them
-- on the day of completion. The version moves, so a cached building is not served with its old state.
CREATE FUNCTION redevelopment_future_supply_moved() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.stage = 'CONSTRUCTION' OR NEW.stage = 'CONSTRUCTION' THEN
        UPDATE building
        SET started_on = CASE WHEN NEW.stage = 'COMPLETED' THEN stock_change_day() ELSE NEW.expected_completion END,
            version = version + 1
        WHERE redevelopment_project_id = NEW.id AND ended_on IS NULL;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER redevelopment_future_supply_moved
    AFTER UPDATE OF stage, expected_completion ON redevelopment_project
    FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.expected_completion IS DISTINCT FROM NEW.expected_completion)
    EXECUTE FUNCTION redevelopment_future_supply_moved();

-- The stock ledger (V160) when a building's start day moves: its amount (with its units) leaves the
-- old day and enters on the new one, as new supply there.
CREATE FUNCTION building_start_moved() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM add_stock_change(OLD.started_on, OLD.park_code, OLD.town_code, OLD.type, -1, building_stock_amount(OLD),
                             new_supply => -OLD.floor_area_m2);
    PERFORM add_stock_change(NEW.started_on, NEW.park_code, NEW.town_code, NEW.type, 1, building_stock_amount(NEW),
                             new_supply => NEW.floor_area_m2);
    RETURN NULL;
END;
$$;
CREATE TRIGGER building_start_moved AFTER UPDATE ON building
    FOR EACH ROW WHEN (OLD.started_on IS DISTINCT FROM NEW.started_on AND OLD.ended_on IS NULL AND NEW.ended_on IS NULL)
    EXECUTE FUNCTION building_start_moved();

-- A change to a unit of a building not yet in the stock today (future supply) takes effect on the
-- building's start day: space_unit_stock_change (V160) books it today, this moves it there.
CREATE FUNCTION space_unit_future_stock_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    b building;
    d date := stock_change_day();
    oa stock_amount := unit_stock_amount(OLD.status, OLD.vacant_area_m2, OLD.rent_yuan_m2_month);
    na stock_amount := unit_stock_amount(NEW.status, NEW.vacant_area_m2, NEW.rent_yuan_m2_month);
    dv numeric := na.vacant_area_m2 - oa.vacant_area_m2;
    delta stock_amount;
BEGIN
    SELECT * INTO b FROM building WHERE id = NEW.building_id AND ended_on IS NULL;
    IF b.id IS NULL OR b.started_on <= greatest(d, dongguan_today()) OR OLD.building_id <> NEW.building_id
       OR OLD.ended_on IS NOT NULL OR NEW.ended_on IS NOT NULL THEN
        RETURN NULL;
    END IF;
    delta := ROW(0, 0, dv, na.listings - oa.listings, na.rent_area_m2 - oa.rent_area_m2,
                 na.rent_yuan_month - oa.rent_yuan_month)::stock_amount;
    PERFORM add_stock_change(d, b.park_code, b.town_code, b.type, -1, delta,
                             take_up => -greatest(-dv, 0), released => -greatest(dv, 0));
    PERFORM add_stock_change(b.started_on, b.park_code, b.town_code, b.type, 1, delta,
                             take_up => greatest(-dv, 0), released => greatest(dv, 0));
    RETURN NULL;
END;
$$;
-- After space_unit_stock_change (triggers of one event fire in name order).
CREATE TRIGGER space_unit_stock_future AFTER UPDATE ON space_unit
    FOR EACH ROW EXECUTE FUNCTION space_unit_future_stock_change();

-- Park figures (V55) count the stock as it is today: a building not yet in it (future supply) adds
-- neither floor area nor vacant area to its park, while its own row still shows its planned space.
CREATE OR REPLACE VIEW building_vacancy AS
SELECT b.id AS building_id, b.park_code, b.town_code, b.floor_area_m2,
       round(coalesce(u.vacant_m2, 0), 2) AS vacant_area_m2,
       vacancy_rate(u.vacant_m2, b.floor_area_m2) AS vacancy_share,
       u.units, u.vacant_units, u.oldest_vacant_confirmed_at,
       b.started_on <= dongguan_today() AS in_stock
FROM building b
CROSS JOIN LATERAL (
    SELECT count(*) AS units,
           count(*) FILTER (WHERE s.status = 'VACANT') AS vacant_units,
           sum(unit_vacant_m2(s.status, s.vacant_area_m2)) FILTER (WHERE s.status = 'VACANT') AS vacant_m2,
           min(s.last_confirmed_at) FILTER (WHERE s.status = 'VACANT') AS oldest_vacant_confirmed_at
    FROM space_unit s WHERE s.building_id = b.id
) u;

CREATE OR REPLACE VIEW park_figures AS
SELECT p.code AS park_code, f.buildings, f.units, f.vacant_units,
       round(coalesce(f.floor_m2, 0), 2) AS floor_area_m2,
       round(coalesce(f.vacant_m2, 0), 2) AS vacant_area_m2,
       vacancy_rate(f.vacant_m2, f.floor_m2) AS vacancy_rate,
       l.parcels,
       m2_to_mu(coalesce(l.available_m2, 0)) AS available_land_mu
FROM park p
CROSS JOIN LATERAL (
    SELECT count(*) AS buildings, coalesce(sum(v.units), 0) AS units, coalesce(sum(v.vacant_units), 0) AS vacant_units,
           sum(v.floor_area_m2) AS floor_m2, sum(v.vacant_area_m2) AS vacant_m2
    FROM building_vacancy v WHERE v.park_code = p.code AND v.in_stock
) f
CROSS JOIN LATERAL (
    SELECT count(*) AS parcels, sum(pl.area_m2) FILTER (WHERE pl.status = 'AVAILABLE') AS available_m2
    FROM parcel pl WHERE pl.park_code = p.code
) l;
