package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A park's units for the people who keep them current, listings that need confirming first. */
@Repository
@Transactional(readOnly = true)
class ManagedUnitQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    ManagedUnitQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Page<ManagedUnit> inPark(String park, int page, int size) {
        List<ManagedUnit> items = jdbc.sql("""
                SELECT u.id, u.building_id, b.name AS building_name, b.park_code, u.floor_from, u.floor_to, u.area_m2,
                       u.vacant_area_m2, u.status, u.rent_yuan_m2_month, u.available_from, u.occupant_enterprise_id,
                       e.name AS occupant_name, u.last_confirmed_at, u.version
                FROM space_unit u
                JOIN building b ON b.id = u.building_id
                LEFT JOIN enterprise e ON e.id = u.occupant_enterprise_id
                WHERE b.park_code = :park
                ORDER BY (u.last_confirmed_at < :staleBefore) DESC, b.name, u.floor_from, u.id
                LIMIT :size OFFSET :offset""")
                .param("park", park)
                .params(Freshness.sqlParameters(clock))
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> {
                    Instant confirmed = rs.getTimestamp("last_confirmed_at").toInstant();
                    return new ManagedUnit(
                            rs.getLong("id"),
                            rs.getLong("building_id"),
                            rs.getString("building_name"),
                            rs.getString("park_code"),
                            rs.getInt("floor_from"),
                            rs.getInt("floor_to"),
                            rs.getBigDecimal("area_m2"),
                            rs.getBigDecimal("vacant_area_m2"),
                            rs.getString("status"),
                            rs.getBigDecimal("rent_yuan_m2_month"),
                            rs.getObject("available_from", java.time.LocalDate.class),
                            rs.getObject("occupant_enterprise_id", Long.class),
                            rs.getString("occupant_name"),
                            confirmed,
                            Freshness.isStale(confirmed, clock),
                            Freshness.isHidden(confirmed, clock),
                            rs.getLong("version"));
                })
                .list();
        long total = jdbc.sql("""
                SELECT count(*) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = :park""").param("park", park).query(Long.class).single();
        return new Page<>(items, total, page, size);
    }
}
