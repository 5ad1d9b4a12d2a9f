-- A GeoJSON geometry read and put into WGS84 as geometry's write pipeline reads one (issue 11):
-- the batch check of a file's footprints reads every row in one statement, so a row PostGIS cannot
-- parse or transform answers its reason instead of failing the statement for all of them.
CREATE FUNCTION geometry_read_geojson(json text, srid int, OUT g geometry, OUT error text)
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    g := ST_Force2D(ST_GeomFromGeoJSON(json));
    IF srid = 4326 THEN
        g := ST_SetSRID(g, 4326);
    ELSE
        g := ST_Transform(ST_SetSRID(g, srid), 4326);
    END IF;
EXCEPTION WHEN OTHERS THEN
    g := NULL;
    error := SQLERRM;
END
$$;

-- What geometry's checks of SPEC §4 look at, for one GeoJSON geometry in the given SRID: the reason
-- PostGIS could not read it (error), else its type, extent, validity with reason and location, the
-- first point of a ring that is not closed, its parts and (when valid) its area on the ellipsoid.
-- The rules themselves, and their messages, are geometry's Java (GeometryInput), for a form's write
-- and for a file's rows alike.
CREATE FUNCTION geometry_describe(json text, srid int,
        OUT g geometry, OUT error text, OUT type text, OUT empty boolean,
        OUT xmin float8, OUT ymin float8, OUT xmax float8, OUT ymax float8,
        OUT valid boolean, OUT reason text, OUT lon float8, OUT lat float8,
        OUT open_lon float8, OUT open_lat float8, OUT parts int, OUT area float8)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    d valid_detail;
    open_at geometry;
BEGIN
    SELECT r.g, r.error INTO g, error FROM geometry_read_geojson(json, srid) r;
    IF error IS NOT NULL THEN
        RETURN;
    END IF;
    type := GeometryType(g);
    empty := ST_IsEmpty(g);
    xmin := ST_XMin(g);
    ymin := ST_YMin(g);
    xmax := ST_XMax(g);
    ymax := ST_YMax(g);
    d := ST_IsValidDetail(g);
    valid := d.valid;
    reason := d.reason;
    lon := ST_X(d.location);
    lat := ST_Y(d.location);
    SELECT ST_StartPoint(ring) INTO open_at
    FROM (SELECT ST_ExteriorRing(part.geom) AS ring FROM ST_Dump(g) part
          UNION ALL
          SELECT ST_InteriorRingN(part.geom, n) FROM ST_Dump(g) part,
                 generate_series(1, ST_NumInteriorRings(part.geom)) n) rings
    WHERE NOT ST_IsClosed(ring)
    LIMIT 1;
    open_lon := ST_X(open_at);
    open_lat := ST_Y(open_at);
    parts := ST_NumGeometries(g);
    IF valid THEN
        area := ST_Area(g::geography);
    END IF;
END
$$;
