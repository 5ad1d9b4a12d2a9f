-- Issue 11: what PostgreSQL's JIT costs geometry.FootprintBatch's overlap step, on synthetic data.
-- 60,000 stored footprints (GiST), 5,000 candidates (one batch); the overlap lateral of
-- FootprintBatch.PLACE, with JIT on (the server's default) and off (what the batch now sets), 3 times each.
--   createdb jitbench && psql -d jitbench -c 'CREATE EXTENSION postgis' && psql -d jitbench -f bench/footprint_jit.sql
\set QUIET on
DROP TABLE IF EXISTS bench_building;
CREATE TABLE bench_building (id bigserial PRIMARY KEY, name text, geom geometry(MultiPolygon, 4326));
INSERT INTO bench_building (name, geom)
SELECT 'b' || i, ST_Multi(ST_MakeEnvelope(113.5 + (i % 250) * 0.001, 22.9 + (i / 250) * 0.001,
                                          113.5 + (i % 250) * 0.001 + 0.0005, 22.9 + (i / 250) * 0.001 + 0.0005, 4326))
FROM generate_series(0, 59999) i;
CREATE INDEX ON bench_building USING gist (geom);
ANALYZE bench_building;
CREATE TEMP TABLE candidate (key int PRIMARY KEY, self bigint, g geometry);
CREATE INDEX ON candidate USING gist (g);
INSERT INTO candidate SELECT id::int, id, geom FROM bench_building WHERE id <= 5000;
ANALYZE candidate;
\set QUIET off
\timing on
\echo jit on
SET jit = on;
SELECT count(other.id) FROM candidate c LEFT JOIN LATERAL (SELECT f.id FROM bench_building f
    WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self ORDER BY f.id LIMIT 1) other ON true;
SELECT count(other.id) FROM candidate c LEFT JOIN LATERAL (SELECT f.id FROM bench_building f
    WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self ORDER BY f.id LIMIT 1) other ON true;
SELECT count(other.id) FROM candidate c LEFT JOIN LATERAL (SELECT f.id FROM bench_building f
    WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self ORDER BY f.id LIMIT 1) other ON true;
\echo jit off
SET jit = off;
SELECT count(other.id) FROM candidate c LEFT JOIN LATERAL (SELECT f.id FROM bench_building f
    WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self ORDER BY f.id LIMIT 1) other ON true;
SELECT count(other.id) FROM candidate c LEFT JOIN LATERAL (SELECT f.id FROM bench_building f
    WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self ORDER BY f.id LIMIT 1) other ON true;
SELECT count(other.id) FROM candidate c LEFT JOIN LATERAL (SELECT f.id FROM bench_building f
    WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self ORDER BY f.id LIMIT 1) other ON true;
\timing off
DROP TABLE bench_building;
