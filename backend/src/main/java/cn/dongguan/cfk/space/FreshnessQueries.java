package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.Page;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Freshness of the listings, per park and per manager, with the cut-offs of {@link Freshness}. */
@Repository
@Transactional(readOnly = true)
class FreshnessQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    FreshnessQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<ParkFreshness> byPark() {
        return jdbc.sql("""
                SELECT p.code, p.name, count(u.id) AS units,
                       count(u.id) FILTER (WHERE u.last_confirmed_at >= :staleBefore) AS fresh,
                       count(u.id) FILTER (WHERE u.last_confirmed_at < :staleBefore) AS stale,
                       count(u.id) FILTER (WHERE u.last_confirmed_at < :hiddenBefore) AS hidden,
                       min(u.last_confirmed_at) AS oldest,
                       (array_agg(u.id ORDER BY u.last_confirmed_at, u.id))[1] AS oldest_unit
                FROM park p
                LEFT JOIN building b ON b.park_code = p.code
                LEFT JOIN space_unit u ON u.building_id = b.id
                GROUP BY p.code, p.name
                ORDER BY p.code""")
                .params(Freshness.sqlParameters(clock))
                .query((rs, i) -> {
                    int units = rs.getInt("units");
                    int fresh = rs.getInt("fresh");
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new ParkFreshness(
                            rs.getString("code"),
                            rs.getString("name"),
                            units,
                            fresh,
                            units == 0 ? 1.0 : Math.round(10000.0 * fresh / units) / 10000.0,
                            rs.getInt("stale"),
                            rs.getInt("hidden"),
                            oldest == null ? null : oldest.toInstant(),
                            rs.getObject("oldest_unit", Long.class));
                })
                .list();
    }

    /** Units of the given parks (all parks when null) not confirmed for 60 days, oldest first. */
    Page<ToConfirmItem> toConfirm(Collection<String> parks, int page, int size) {
        Instant now = clock.instant();
        if (parks != null && parks.isEmpty()) {
            return new Page<>(List.of(), 0, page, size);
        }
        String scope = parks == null ? " " : " AND b.park_code IN (:parks) ";
        var total = jdbc.sql("""
                SELECT count(*) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE u.last_confirmed_at < :staleBefore\s""" + scope);
        var rows = jdbc.sql("""
                SELECT u.id, u.building_id, b.name AS building_name, b.park_code, u.floor_from, u.floor_to, u.area_m2,
                       u.vacant_area_m2, u.status, u.rent_yuan_m2_month, u.last_confirmed_at, u.version
                FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE u.last_confirmed_at < :staleBefore\s""" + scope + """
                ORDER BY u.last_confirmed_at, u.id
                LIMIT :size OFFSET :offset""");
        total = total.params(Freshness.sqlParameters(clock));
        rows = rows.params(Freshness.sqlParameters(clock)).param("size", size).param("offset", (long) page * size);
        if (parks != null) {
            List<String> codes = List.copyOf(parks);
            total = total.param("parks", codes);
            rows = rows.param("parks", codes);
        }
        List<ToConfirmItem> items = rows.query((rs, i) -> {
                    Instant confirmed = rs.getTimestamp("last_confirmed_at").toInstant();
                    return new ToConfirmItem(
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
                            confirmed,
                            Duration.between(confirmed, now).toDays(),
                            Freshness.isHidden(confirmed, clock),
                            rs.getLong("version"));
                })
                .list();
        return new Page<>(items, total.query(Long.class).single(), page, size);
    }
}
