-- The public space and land searches (GET /api/spaces, GET /api/parcels).

-- space_listing: the search's projection of vacant units, one compact row each with what the filters
-- need from the unit and its building (town, park, fire-hazard rank, a point). At city scale a search
-- then reads a few thousand small rows instead of joining a quarter of a million units to their
-- buildings. Triggers keep it in step with space_unit and building in the same transaction, so a
-- search never sees a unit other than as it is. Freshness (120 days) is time-based and is filtered
-- when searching, from last_confirmed_at.
CREATE TABLE space_listing (
    unit_id            bigint        PRIMARY KEY REFERENCES space_unit (id) ON DELETE CASCADE,
    building_id        bigint        NOT NULL,
    town_code          varchar(32)   NOT NULL,
    park_code          varchar(6),
    fire_rank          smallint      CHECK (fire_rank BETWEEN 1 AND 5),
    floor_from         int           NOT NULL,
    vacant_area_m2     numeric(12, 2) NOT NULL,
    ceiling_height_m   numeric(5, 2),
    floor_load_kg_m2   numeric(8, 1),
    power_kva          numeric(9, 1),
    rent_yuan_m2_month numeric(8, 2),
    available_from     date,
    last_confirmed_at  timestamptz   NOT NULL,
    point              geometry(Point, 4326) NOT NULL
);
CREATE INDEX space_listing_town_idx ON space_listing (town_code);
CREATE INDEX space_listing_park_idx ON space_listing (park_code);
CREATE INDEX space_listing_point_idx ON space_listing USING gist (point);
CREATE INDEX space_listing_updated_idx ON space_listing (last_confirmed_at, unit_id);
CREATE INDEX space_listing_area_idx ON space_listing (vacant_area_m2, unit_id);
CREATE INDEX space_listing_rent_idx ON space_listing (rent_yuan_m2_month, unit_id);
CREATE INDEX space_listing_load_idx ON space_listing (floor_load_kg_m2);
CREATE INDEX space_listing_building_idx ON space_listing (building_id);

-- What space_listing holds: the vacant units with their buildings' town, park, fire-hazard rank and point.
CREATE VIEW space_listing_source AS
    SELECT u.id AS unit_id, u.building_id, b.town_code, b.park_code,
           nullif(strpos('甲乙丙丁戊', b.fire_hazard_class), 0)::smallint AS fire_rank,
           u.floor_from, u.vacant_area_m2, u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva,
           u.rent_yuan_m2_month, u.available_from, u.last_confirmed_at,
           ST_PointOnSurface(b.geom)::geometry(Point, 4326) AS point
    FROM space_unit u JOIN building b ON b.id = u.building_id
    WHERE u.status = 'VACANT' AND u.vacant_area_m2 > 0;

-- Statement-level, reading the changed rows from the transition table, so that bulk loads stay fast.
-- (The same projection as space_listing_source, on the new rows rather than the table.)
CREATE FUNCTION space_listing_units_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM space_listing WHERE unit_id IN (SELECT id FROM changed_units);
    END IF;
    INSERT INTO space_listing
    SELECT u.id, u.building_id, b.town_code, b.park_code,
           nullif(strpos('甲乙丙丁戊', b.fire_hazard_class), 0)::smallint,
           u.floor_from, u.vacant_area_m2, u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva,
           u.rent_yuan_m2_month, u.available_from, u.last_confirmed_at, ST_PointOnSurface(b.geom)
    FROM changed_units u JOIN building b ON b.id = u.building_id
    WHERE u.status = 'VACANT' AND u.vacant_area_m2 > 0;
    RETURN NULL;
END;
$$;

CREATE TRIGGER space_listing_units_inserted AFTER INSERT ON space_unit
    REFERENCING NEW TABLE AS changed_units FOR EACH STATEMENT EXECUTE FUNCTION space_listing_units_changed();
CREATE TRIGGER space_listing_units_updated AFTER UPDATE ON space_unit
    REFERENCING NEW TABLE AS changed_units FOR EACH STATEMENT EXECUTE FUNCTION space_listing_units_changed();

-- A building's town, park, fire-hazard class or footprint changes its units' rows.
CREATE FUNCTION space_listing_buildings_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM space_listing WHERE building_id IN (SELECT id FROM changed_buildings);
    INSERT INTO space_listing
    SELECT s.* FROM space_listing_source s WHERE s.building_id IN (SELECT id FROM changed_buildings);
    RETURN NULL;
END;
$$;

CREATE TRIGGER space_listing_buildings_updated AFTER UPDATE ON building
    REFERENCING NEW TABLE AS changed_buildings FOR EACH STATEMENT EXECUTE FUNCTION space_listing_buildings_changed();

INSERT INTO space_listing SELECT * FROM space_listing_source;

-- The land search compares areas in 亩 as shown (rounded to 0.01), and filters by status and use.
CREATE INDEX parcel_search_area_mu_idx ON parcel ((round(area_m2 * 0.0015, 2)));
CREATE INDEX parcel_search_status_idx  ON parcel (status, planning_use);
CREATE INDEX parcel_search_no_idx      ON parcel (parcel_no, id);
