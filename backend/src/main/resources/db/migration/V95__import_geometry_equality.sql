-- Whether a geometry an import gives (GeoJSON, WGS84) is the stored one: the same coordinates in the
-- same order, or (when valid) the same shape written from another vertex or in the other ring
-- orientation, as a Shapefile writes it. Unchanged geometries are not written again (issue 11).
CREATE FUNCTION import_same_geometry(given jsonb, stored geometry) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    g geometry;
BEGIN
    IF given IS NULL OR stored IS NULL THEN
        RETURN NULL;
    END IF;
    g := ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(given::text), 4326));
    IF ST_OrderingEquals(g, ST_Multi(stored)) THEN
        RETURN true;
    END IF;
    RETURN ST_IsValid(g) AND ST_Equals(g, ST_Multi(stored));
END
$$;
