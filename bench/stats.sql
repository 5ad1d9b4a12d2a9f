-- Times the stock statistics SQL straight on PostGIS (issue 15): the ledger size, asOf by park (twice: cold,
-- warm) and the trend of 24 monthly points for the parks. psql -d <db> -f bench/stats.sql
\timing on
SELECT count(*) FROM stock_change;
SELECT count(*) FROM (SELECT c.park_code, sum(c.vacant_area_m2) FROM stock_as_of(DATE '2025-06-15') c GROUP BY 1) x;
SELECT count(*) FROM (SELECT c.park_code, sum(c.vacant_area_m2) FROM stock_as_of(DATE '2025-06-15') c GROUP BY 1) x;
WITH g AS (SELECT code, name, code AS sort FROM park),
keyed AS (SELECT c.park_code AS code, c.* FROM stock_change c WHERE c.day < dongguan_today() + 1),
opening AS (SELECT code, sum(floor_area_m2) f, sum(vacant_area_m2) v FROM keyed WHERE day < DATE '2025-01-01' GROUP BY code),
moves AS (SELECT code, ((extract(year FROM day)::int * 12 + extract(month FROM day)::int) - (2025*12+1)) / 1 AS n,
          sum(floor_area_m2) f, sum(vacant_area_m2) v, sum(take_up_m2) t FROM keyed WHERE day >= DATE '2025-01-01' GROUP BY 1, 2)
SELECT count(*) FROM (SELECT g.code, p.n, coalesce(o.f,0) + sum(coalesce(m.f,0)) OVER w FROM g CROSS JOIN generate_series(0, 23) p (n)
  LEFT JOIN opening o ON o.code = g.code LEFT JOIN moves m ON m.code = g.code AND m.n = p.n WINDOW w AS (PARTITION BY g.code ORDER BY p.n)) z;
