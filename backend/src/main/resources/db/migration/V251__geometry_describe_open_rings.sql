-- geometry_describe as V120 wrote it, but the rings are searched for an open one only when the
-- geometry is invalid: GEOS finds a valid polygon's rings closed, and the search is a query of its
-- own per geometry, most of the function's time in a batch of a file's footprints (issue 11).
CREATE OR REPLACE FUNCTION geometry_describe(json text, srid int,
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
    parts := ST_NumGeometries(g);
    IF valid THEN
        area := ST_Area(g::geography);
        RETURN;
    END IF;
    SELECT ST_StartPoint(ring) INTO open_at
    FROM (SELECT ST_ExteriorRing(part.geom) AS ring FROM ST_Dump(g) part
          UNION ALL
          SELECT ST_InteriorRingN(part.geom, n) FROM ST_Dump(g) part,
                 generate_series(1, ST_NumInteriorRings(part.geom)) n) rings
    WHERE NOT ST_IsClosed(ring)
    LIMIT 1;
    open_lon := ST_X(open_at);
    open_lat := ST_Y(open_at);
END
$$;
