package cn.dongguan.cfk.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock by group and period from the ledger of V160 in one pass: the stock at the start of the
 * first period, then each period's changes added up (a running sum), so that every period's stock is
 * what {@code stock_as_of} gives for its last day, and the last period's is today's.
 */
@Repository
@Transactional(readOnly = true)
class StockTrend {

    private final JdbcClient jdbc;

    StockTrend(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Series(String code, String name, List<TrendPoint> points) {}

    List<Series> trend(StockGroup group, List<String> codes, TrendPeriods periods, LocalDate today) {
        String only = codes.isEmpty() ? "" : "WHERE code IN (:codes)";
        String onlyKey = codes.isEmpty() ? "" : "AND " + group.key() + " IN (:codes)";
        String sql = """
                WITH g AS (SELECT * FROM (%1$s) g0 %2$s),
                keyed AS (
                    SELECT %3$s AS code, c.* FROM stock_change c %4$s WHERE c.day < :end %5$s),
                opening AS (
                    SELECT code, sum(buildings) AS buildings, sum(floor_area_m2) AS floor_area_m2,
                           sum(vacant_area_m2) AS vacant_area_m2, sum(listings) AS listings,
                           sum(rent_area_m2) AS rent_area_m2, sum(rent_yuan_month) AS rent_yuan_month
                    FROM keyed WHERE day < :first GROUP BY code),
                moves AS (
                    SELECT code, ((extract(year FROM day)::int * 12 + extract(month FROM day)::int) - :firstIndex) / :months AS n,
                           sum(floor_area_m2) AS floor_area_m2, sum(vacant_area_m2) AS vacant_area_m2,
                           sum(listings) AS listings, sum(rent_area_m2) AS rent_area_m2,
                           sum(rent_yuan_month) AS rent_yuan_month, sum(new_supply_m2) AS new_supply_m2,
                           sum(removed_m2) AS removed_m2, sum(take_up_m2) AS take_up_m2, sum(released_m2) AS released_m2
                    FROM keyed WHERE day >= :first GROUP BY 1, 2),
                running AS (
                    SELECT g.code, g.name, g.sort, p.n,
                           coalesce(o.floor_area_m2, 0) + sum(coalesce(m.floor_area_m2, 0)) OVER w AS floor_area_m2,
                           coalesce(o.vacant_area_m2, 0) + sum(coalesce(m.vacant_area_m2, 0)) OVER w AS vacant_area_m2,
                           coalesce(o.listings, 0) + sum(coalesce(m.listings, 0)) OVER w AS listings,
                           coalesce(o.rent_area_m2, 0) + sum(coalesce(m.rent_area_m2, 0)) OVER w AS rent_area_m2,
                           coalesce(o.rent_yuan_month, 0) + sum(coalesce(m.rent_yuan_month, 0)) OVER w AS rent_yuan_month,
                           coalesce(m.new_supply_m2, 0) AS new_supply_m2, coalesce(m.removed_m2, 0) AS removed_m2,
                           coalesce(m.take_up_m2, 0) AS take_up_m2, coalesce(m.released_m2, 0) AS released_m2,
                           coalesce(m.floor_area_m2, 0) - coalesce(m.vacant_area_m2, 0) AS net_absorption_m2
                    FROM g CROSS JOIN generate_series(0, :count - 1) p (n)
                    LEFT JOIN opening o ON o.code = g.code
                    LEFT JOIN moves m ON m.code = g.code AND m.n = p.n
                    WINDOW w AS (PARTITION BY g.code ORDER BY p.n))
                SELECT code, name, n, round(floor_area_m2, 2) AS floor_area_m2, round(new_supply_m2, 2) AS new_supply_m2,
                       round(removed_m2, 2) AS removed_m2, round(vacant_area_m2, 2) AS vacant_area_m2,
                       vacancy_rate(vacant_area_m2, floor_area_m2) AS vacancy_rate, round(take_up_m2, 2) AS take_up_m2,
                       round(released_m2, 2) AS released_m2, round(net_absorption_m2, 2) AS net_absorption_m2,
                       average_rent(rent_yuan_month, rent_area_m2) AS avg_rent, listings
                FROM running ORDER BY sort, code, n""".formatted(group.groups(), only, group.key(), group.join(), onlyKey);
        LocalDate end = periods.endDay().isAfter(today) ? today.plusDays(1) : periods.endDay();
        var statement = jdbc.sql(sql)
                .param("end", end)
                .param("first", periods.firstDay())
                .param(
                        "firstIndex",
                        periods.first().getYear() * 12 + periods.first().getMonthValue())
                .param("months", periods.months())
                .param("count", periods.count());
        if (!codes.isEmpty()) {
            statement = statement.param("codes", codes);
        }
        Map<String, Series> series = new LinkedHashMap<>();
        statement.query(rs -> {
            String code = rs.getString("code");
            String name = rs.getString("name");
            series.computeIfAbsent(code, c -> new Series(c, name, new ArrayList<>()))
                    .points()
                    .add(new TrendPoint(
                            periods.label(rs.getInt("n")),
                            rs.getBigDecimal("floor_area_m2"),
                            rs.getBigDecimal("new_supply_m2"),
                            rs.getBigDecimal("removed_m2"),
                            rs.getBigDecimal("vacant_area_m2"),
                            rs.getDouble("vacancy_rate"),
                            rs.getBigDecimal("take_up_m2"),
                            rs.getBigDecimal("released_m2"),
                            rs.getBigDecimal("net_absorption_m2"),
                            rs.getBigDecimal("avg_rent"),
                            rs.getInt("listings")));
        });
        return List.copyOf(series.values());
    }

    /** The codes among {@code codes} that are no group of {@code group}. */
    List<String> unknown(StockGroup group, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("SELECT code FROM (" + group.groups() + ") g WHERE code IN (:codes)")
                .param("codes", codes)
                .query(String.class)
                .list();
        return codes.stream().filter(c -> !known.contains(c)).toList();
    }
}
