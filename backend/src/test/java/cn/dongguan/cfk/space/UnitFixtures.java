package cn.dongguan.cfk.space;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Picks sample units for write tests; each test class works in its own park so tests don't meet. */
record UnitFixtures(JdbcTemplate jdbc) {

    /** The n-th (from 0) unit with this status in the park, by id. */
    long unit(String park, String status, int n) {
        return jdbc.queryForObject("""
                SELECT u.id FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = ? AND u.status = ? ORDER BY u.id OFFSET ? LIMIT 1""", Long.class, park, status, n);
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                SELECT status, vacant_area_m2, rent_yuan_m2_month, available_from, occupant_enterprise_id,
                       last_confirmed_at, version FROM space_unit WHERE id = ?""", id);
    }

    long version(long id) {
        return jdbc.queryForObject("SELECT version FROM space_unit WHERE id = ?", Long.class, id);
    }

    int events(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM occupancy_event WHERE unit_id = ?", Integer.class, id);
    }
}
