-- Whether a row's geometry is the stored one, given the CRS the job reads the file in (issue 11):
-- only coordinates in WGS84 or CGCS2000 geographic can be the stored ones as they are, so a file in
-- a projected CRS (EPSG:4547, EPSG:3857) always gives a new geometry, without parsing it here.
CREATE FUNCTION import_same_geometry(given jsonb, given_crs text, stored geometry) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN given_crs IS NULL OR given_crs IN ('EPSG:4326', 'EPSG:4490')
                THEN import_same_geometry(given, stored) ELSE false END
$$;
