-- Site matching (SPEC §6) at city scale: what the candidate queries need so they read indexes and
-- stored values instead of transforming geometries and scanning the unit heap on every request.

-- Centroids in EPSG:4547 (CGCS2000 / 3-degree GK CM 114E) as plain metre coordinates: distances to
-- preferred places and to same-industry neighbours are planar distances between these points. Numbers,
-- not geometries: every stored geometry stays WGS84 (SPEC §4); these are derived like an index.
ALTER TABLE building
    ADD COLUMN centroid_x_4547 double precision GENERATED ALWAYS AS (ST_X(ST_Transform(ST_Centroid(geom), 4547))) STORED,
    ADD COLUMN centroid_y_4547 double precision GENERATED ALWAYS AS (ST_Y(ST_Transform(ST_Centroid(geom), 4547))) STORED;
ALTER TABLE parcel
    ADD COLUMN centroid_x_4547 double precision GENERATED ALWAYS AS (ST_X(ST_Transform(ST_Centroid(geom), 4547))) STORED,
    ADD COLUMN centroid_y_4547 double precision GENERATED ALWAYS AS (ST_Y(ST_Transform(ST_Centroid(geom), 4547))) STORED;

-- Vacant units per building with every column the hard filters read: an index-only scan in
-- building order feeds the per-building aggregate without touching the heap.
CREATE INDEX space_unit_match_idx ON space_unit (building_id)
    INCLUDE (vacant_area_m2, ceiling_height_m, floor_load_kg_m2, power_kva, rent_yuan_m2_month,
             available_from, last_confirmed_at)
    WHERE status = 'VACANT' AND vacant_area_m2 > 0;

-- Where the enterprises of one industry occupy units (same-industry neighbours within 3 km).
CREATE INDEX space_unit_occupant_building_idx ON space_unit (occupant_enterprise_id) INCLUDE (building_id)
    WHERE occupant_enterprise_id IS NOT NULL;

-- Parcels that touch or lie within 10 m of each other (geography, metres), both directions.
-- Derived from the geometries alone, so it is kept current by a trigger like an index would be;
-- matching assembles groups of adjacent parcels from it without a spatial self-join per request.
CREATE TABLE parcel_neighbour (
    parcel_id    bigint NOT NULL REFERENCES parcel (id) ON DELETE CASCADE,
    neighbour_id bigint NOT NULL REFERENCES parcel (id) ON DELETE CASCADE,
    distance_m   double precision NOT NULL CHECK (distance_m >= 0 AND distance_m <= 10),
    PRIMARY KEY (parcel_id, neighbour_id),
    CHECK (parcel_id <> neighbour_id)
);
CREATE INDEX parcel_neighbour_neighbour_idx ON parcel_neighbour (neighbour_id);

CREATE FUNCTION parcel_neighbour_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM parcel_neighbour WHERE parcel_id = NEW.id OR neighbour_id = NEW.id;
    -- 0.0002° is more than 10 m at Dongguan's latitude in both directions: a cheap box test on the
    -- spatial index first, the exact geography distance second.
    WITH near AS (
        SELECT o.id, ST_Distance(NEW.geom::geography, o.geom::geography) AS m
        FROM parcel o
        WHERE o.id <> NEW.id AND o.geom && ST_Expand(NEW.geom, 0.0002)
    )
    INSERT INTO parcel_neighbour (parcel_id, neighbour_id, distance_m)
    SELECT NEW.id, id, m FROM near WHERE m <= 10
    UNION ALL
    SELECT id, NEW.id, m FROM near WHERE m <= 10;
    RETURN NULL;
END;
$$;

CREATE TRIGGER parcel_neighbour_on_insert
    AFTER INSERT ON parcel
    FOR EACH ROW EXECUTE FUNCTION parcel_neighbour_refresh();

CREATE TRIGGER parcel_neighbour_on_geom_change
    AFTER UPDATE OF geom ON parcel
    FOR EACH ROW WHEN (NOT ST_Equals(OLD.geom, NEW.geom))
    EXECUTE FUNCTION parcel_neighbour_refresh();

-- Parcels already stored before this migration.
INSERT INTO parcel_neighbour (parcel_id, neighbour_id, distance_m)
SELECT a.id, b.id, d.m
FROM parcel a
JOIN parcel b ON b.id <> a.id AND b.geom && ST_Expand(a.geom, 0.0002)
CROSS JOIN LATERAL (SELECT ST_Distance(a.geom::geography, b.geom::geography) AS m) d
WHERE d.m <= 10;
