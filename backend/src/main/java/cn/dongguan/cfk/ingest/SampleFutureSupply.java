package cn.dongguan.cfk.ingest;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sample's future supply (issue 16): in a few towns, a village industrial park to redevelop (拆)
 * around a building outside the 35 parks whose units are all vacant and have no history, and a
 * redevelopment project in 在建 putting that building up, completing one to six quarters from the day
 * of loading. The buildings' units are then future supply on the map, in the search and in matching.
 */
final class SampleFutureSupply {

    static final int PROJECTS = 6;
    private static final String ACTOR = "sample-data";

    private SampleFutureSupply() {}

    static void load(JdbcTemplate jdbc, LocalDate today) {
        jdbc.execute("""
                CREATE TEMP TABLE sample_future ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY c.town_code) AS n, c.id AS building_id, c.town_code, c.floor_area_m2,
                       t.name || '旧村工业园（示例）' AS area_name, ST_Multi(ST_Envelope(ST_Buffer(c.geom, 0.0005))) AS geom
                FROM (SELECT DISTINCT ON (b.town_code) b.id, b.town_code, b.floor_area_m2, b.geom
                      FROM building b
                      WHERE b.park_code IS NULL
                        AND EXISTS (SELECT 1 FROM space_unit u WHERE u.building_id = b.id)
                        AND NOT EXISTS (SELECT 1 FROM space_unit u WHERE u.building_id = b.id AND u.status <> 'VACANT')
                        AND NOT EXISTS (SELECT 1 FROM occupancy_event e JOIN space_unit u ON u.id = e.unit_id
                                        WHERE u.building_id = b.id)
                      ORDER BY b.town_code, b.id) c
                JOIN town t ON t.code = c.town_code
                ORDER BY c.town_code LIMIT %d""".formatted(PROJECTS));
        jdbc.update("""
                INSERT INTO village_area (name, town_code, renewal_class, geom)
                SELECT area_name, town_code, '拆', geom FROM sample_future ORDER BY n""");
        jdbc.update("""
                INSERT INTO redevelopment_project (area_id, name, stage, expected_floor_area_m2, expected_completion)
                SELECT a.id, a.name || '工改工项目', 'CONSTRUCTION', f.floor_area_m2, CAST(? AS date) + 91 * f.n::int
                FROM sample_future f JOIN village_area a ON a.name = f.area_name ORDER BY f.n""", today);
        jdbc.update("""
                INSERT INTO redevelopment_stage_event (project_id, from_stage, to_stage, actor)
                SELECT p.id, s.from_stage, s.to_stage, ?
                FROM redevelopment_project p JOIN village_area a ON a.id = p.area_id
                JOIN sample_future f ON f.area_name = a.name
                CROSS JOIN (VALUES (1, NULL, 'APPROVED'), (2, 'APPROVED', 'DEMOLITION'),
                                   (3, 'DEMOLITION', 'CONSTRUCTION')) AS s (k, from_stage, to_stage)
                ORDER BY p.id, s.k""", ACTOR);
        // linked: the buildings enter the stock on the expected date, their units listed as future supply
        jdbc.update("""
                UPDATE building b SET redevelopment_project_id = p.id
                FROM sample_future f JOIN village_area a ON a.name = f.area_name
                JOIN redevelopment_project p ON p.area_id = a.id
                WHERE b.id = f.building_id""");
    }
}
