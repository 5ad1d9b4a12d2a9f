package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.RecordRowMapper;
import cn.dongguan.cfk.shared.SqlConditions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listings as the people who keep them current see them, with the cut-offs of {@link Freshness}:
 * each park's freshness, the listings to confirm, and a park's units, those to confirm first.
 */
@Repository
@Transactional(readOnly = true)
class ManagedUnitQueries {

    /** The columns of {@link UnitEntry}, and each unit's confirmation by the rule of {@link Freshness}. */
    private static final String UNITS = """
            SELECT u.id, u.building_id, b.name AS building_name, b.park_code, u.floor_from, u.floor_to, u.area_m2,
                   u.vacant_area_m2, u.status, u.rent_yuan_m2_month, u.last_confirmed_at, u.version,
                   u.last_confirmed_at < :staleBefore AS stale, u.last_confirmed_at < :hiddenBefore AS hidden_from_search
            """;

    private static final RowMapper<ToConfirmItem> TO_CONFIRM = RecordRowMapper.of(ToConfirmItem.class);
    private static final RowMapper<ManagedUnit> MANAGED = RecordRowMapper.of(ManagedUnit.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ManagedUnitQueries(JdbcClient jdbc, Clock clock) {
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

    /**
     * Units of the given parks (all parks when null) not confirmed for 60 days, of the given status (any when
     * null), oldest first.
     */
    Page<ToConfirmItem> toConfirm(Collection<String> parks, UnitStatus status, Paging paging) {
        if (parks != null && parks.isEmpty()) {
            return paging.answer(List.of(), 0);
        }
        SqlConditions where = new SqlConditions()
                .always("u.last_confirmed_at < :staleBefore")
                .params(Freshness.sqlParameters(clock))
                .when(parks == null ? null : List.copyOf(parks), "b.park_code IN (:parks)", "parks")
                .when(status == null ? null : status.name(), "u.status = :status", "status");
        String from = "FROM space_unit u JOIN building b ON b.id = u.building_id\n" + where.where();
        where.param("now", clock.instant().atOffset(ZoneOffset.UTC));
        return paging.select(
                jdbc,
                "SELECT count(*) " + from,
                UNITS + """
                        , trunc(extract(epoch FROM (CAST(:now AS timestamptz) - u.last_confirmed_at)) / 86400)::bigint
                          AS days_since_confirmed
                        """ + from + "\nORDER BY u.last_confirmed_at, u.id" + Paging.LIMIT,
                where.params(),
                TO_CONFIRM);
    }

    /** The columns of {@link ManagedUnit} after {@link #UNITS}, from the unit, its building and occupant. */
    private static final String MANAGED_FROM = """
            , u.available_from, u.occupant_enterprise_id, e.name AS occupant_name
            FROM space_unit u
            JOIN building b ON b.id = u.building_id
            LEFT JOIN enterprise e ON e.id = u.occupant_enterprise_id
            """;

    /**
     * A park's units with their occupants, those that need confirming first; optionally of one status and
     * matching a text: the unit's number ("#12" or "12") or part of its building's name.
     */
    Page<ManagedUnit> inPark(String park, UnitStatus status, String text, Paging paging) {
        SqlConditions where = new SqlConditions()
                .always("b.park_code = :park")
                .param("park", park)
                .params(Freshness.sqlParameters(clock))
                .when(status == null ? null : status.name(), "u.status = :status", "status");
        List<String> terms = QueryParams.likeTerms(text, "q");
        for (int i = 0; i < terms.size(); i++) {
            String number = terms.get(i).replaceAll("^%#?|%$", "");
            where.when(terms.get(i), "(b.name ILIKE :q" + i + " OR CAST(u.id AS text) = :n" + i + ")", "q" + i)
                    .param("n" + i, number);
        }
        return paging.select(
                jdbc,
                "SELECT count(*) FROM space_unit u JOIN building b ON b.id = u.building_id " + where.where(),
                UNITS + MANAGED_FROM + where.where()
                        + "\nORDER BY (u.last_confirmed_at < :staleBefore) DESC, b.name, u.floor_from, u.id"
                        + Paging.LIMIT,
                where.params(),
                MANAGED);
    }

    /** One unit as {@link #inPark} lists it. */
    Optional<ManagedUnit> one(long id) {
        return jdbc.sql(UNITS + MANAGED_FROM + "WHERE u.id = :id")
                .params(Freshness.sqlParameters(clock))
                .param("id", id)
                .query(MANAGED)
                .optional();
    }
}
