package cn.dongguan.cfk.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Generated open projects for the reverse-match benchmarks (issue 14), in the caller's transaction. */
public final class BenchProjects {

    private BenchProjects() {}

    /**
     * Open projects like the sample's: floor space (or either), 500–10,000 m², most limited to one or
     * two of the 32 towns, some with a maximum rent, ceiling height, floor load, power, fire-hazard
     * class or needed-by date.
     */
    public static void add(JdbcTemplate jdbc, int count) {
        jdbc.update("""
                INSERT INTO expansion_project (name, site_kind, status, source, assigned_staff, location_hard,
                    min_area_m2, max_area_m2, min_area_mu, max_area_mu, max_rent_yuan_m2_month,
                    min_ceiling_height_m, min_floor_load_kg_m2, min_power_kva, fire_class, needed_by)
                SELECT 'bench ' || g, CASE WHEN g % 5 = 0 THEN 'EITHER' ELSE 'SPACE' END,
                       CASE WHEN g % 2 = 0 THEN 'INTENT' ELSE 'SITING' END, 'STAFF', 'staff', g % 5 <> 4,
                       a, a * (1.5 + random()), CASE WHEN g % 5 = 0 THEN 10 END, CASE WHEN g % 5 = 0 THEN 60 END,
                       CASE WHEN g % 3 = 0 THEN NULL ELSE round((12 + random() * 28)::numeric, 1) END,
                       CASE WHEN g % 4 = 0 THEN round((4 + random() * 5)::numeric, 1) END,
                       CASE WHEN g % 4 = 1 THEN (ARRAY[500, 800, 1000, 1500])[1 + g % 4] END,
                       CASE WHEN g % 6 = 0 THEN (ARRAY[200, 400, 800])[1 + g % 3] END,
                       CASE WHEN g % 3 = 1 THEN substr('乙丙丁戊', 1 + g % 4, 1) END,
                       CASE WHEN g % 4 = 2 THEN current_date + (g % 365) END
                FROM (SELECT g, round((500 + random() * 9500)::numeric, -1) AS a
                      FROM generate_series(1, ?) g) s""", count);
        jdbc.update("""
                INSERT INTO project_town (project_id, town_code)
                SELECT p.id, t.code FROM expansion_project p
                CROSS JOIN LATERAL (SELECT code FROM town ORDER BY md5(p.id::text || code) LIMIT 1 + p.id % 2) t
                WHERE p.name LIKE 'bench %'""");
    }
}
