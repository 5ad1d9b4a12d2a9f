-- Vacancy figures (SPEC §3: derived figures), defined once for every reader: the parks list and
-- detail, the web map, the vector tiles, OGC API – Features, the building lists and the statistics.
-- The vacant area counts VACANT units only; a rate is the vacant area over the floor area, rounded to
-- 4 places (0 without floor area); areas are rounded to 0.01 m², land in 亩 through m2_to_mu (V50).

CREATE FUNCTION vacancy_rate(vacant_m2 numeric, floor_m2 numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN coalesce(floor_m2, 0) = 0 THEN 0.0000 ELSE round(coalesce(vacant_m2, 0) / floor_m2, 4) END
$$;

-- Per building. oldest_vacant_confirmed_at is the oldest confirmation of its vacant listings: a
-- building needs confirming (待核实) when it is before the freshness cut-off (space.Freshness), which
-- callers bind as a parameter, so the view holds no time of its own. Lateral, so that a reader of a
-- few buildings (a tile, a box, a park) aggregates only their units.
CREATE VIEW building_vacancy AS
SELECT b.id AS building_id, b.park_code, b.town_code, b.floor_area_m2,
       round(coalesce(u.vacant_m2, 0), 2) AS vacant_area_m2,
       vacancy_rate(u.vacant_m2, b.floor_area_m2) AS vacancy_share,
       u.units, u.vacant_units, u.oldest_vacant_confirmed_at
FROM building b
CROSS JOIN LATERAL (
    SELECT count(*) AS units,
           count(*) FILTER (WHERE s.status = 'VACANT') AS vacant_units,
           sum(s.vacant_area_m2) FILTER (WHERE s.status = 'VACANT') AS vacant_m2,
           min(s.last_confirmed_at) FILTER (WHERE s.status = 'VACANT') AS oldest_vacant_confirmed_at
    FROM space_unit s WHERE s.building_id = b.id
) u;

-- Per park: its buildings' figures added up, and its land (available land in 亩, parcels).
CREATE VIEW park_figures AS
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
    FROM building_vacancy v WHERE v.park_code = p.code
) f
CROSS JOIN LATERAL (
    SELECT count(*) AS parcels, sum(pl.area_m2) FILTER (WHERE pl.status = 'AVAILABLE') AS available_m2
    FROM parcel pl WHERE pl.park_code = p.code
) l;
