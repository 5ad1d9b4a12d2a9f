package cn.dongguan.cfk.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Land over time (issue 15): from {@code parcel_status_event} (V160), each parcel's state holds from
 * its event's day until the next event's; a period counts the parcels as they stood at the end of its
 * last day (today for the current one), in 亩 by status and by planning use, and the land supplied
 * (出让: became SUPPLIED) during it.
 */
@Repository
@Transactional(readOnly = true)
class LandTrend {

    static final List<String> STATUSES = List.of("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");
    static final List<String> PLANNING_USES = List.of("M0", "M1", "M2", "M3", "W");

    private final JdbcClient jdbc;

    LandTrend(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One period: 亩 by status and by planning use at its end, parcels in the bank, 亩 supplied during it. */
    record LandPoint(
            String period,
            Map<String, BigDecimal> areaMuByStatus,
            Map<String, BigDecimal> areaMuByPlanningUse,
            int parcels,
            BigDecimal suppliedMu) {}

    private record Row(int n, String status, String planningUse, BigDecimal mu, int parcels, BigDecimal suppliedMu) {}

    List<LandPoint> trend(TrendPeriods periods, LocalDate today) {
        List<Row> rows = jdbc.sql("""
                WITH states AS (
                    SELECT e.status, e.status_before, e.planning_use, e.area_m2, e.changed_on,
                           lead(e.changed_on) OVER (PARTITION BY e.parcel_id ORDER BY e.changed_on, e.id) AS until
                    FROM parcel_status_event e),
                ends AS (
                    SELECT n, CAST(CAST(:first AS date) + make_interval(months => n * :months) AS date) AS first_day,
                           least(CAST(CAST(:first AS date) + make_interval(months => (n + 1) * :months) AS date) - 1,
                                 CAST(:today AS date)) AS last_day
                    FROM generate_series(0, :count - 1) n)
                SELECT p.n, s.status, s.planning_use, m2_to_mu(sum(s.area_m2)) AS mu, count(*) AS parcels,
                       NULL::numeric AS supplied_mu
                FROM ends p JOIN states s ON s.changed_on <= p.last_day AND (s.until IS NULL OR s.until > p.last_day)
                WHERE s.status IS NOT NULL
                GROUP BY GROUPING SETS ((p.n, s.status), (p.n, s.planning_use), (p.n))
                UNION ALL
                SELECT p.n, NULL, NULL, NULL, NULL, m2_to_mu(sum(s.area_m2))
                FROM ends p JOIN states s ON s.changed_on BETWEEN p.first_day AND p.last_day
                WHERE s.status = 'SUPPLIED' AND s.status_before IS DISTINCT FROM 'SUPPLIED'
                GROUP BY p.n""")
                .param("first", periods.firstDay())
                .param("months", periods.months())
                .param("count", periods.count())
                .param("today", today)
                .query((rs, i) -> new Row(
                        rs.getInt("n"),
                        rs.getString("status"),
                        rs.getString("planning_use"),
                        rs.getBigDecimal("mu"),
                        rs.getInt("parcels"),
                        rs.getBigDecimal("supplied_mu")))
                .list();
        List<LandPoint> points = new ArrayList<>();
        for (int n = 0; n < periods.count(); n++) {
            Map<String, BigDecimal> byStatus = zeros(STATUSES);
            Map<String, BigDecimal> byUse = zeros(PLANNING_USES);
            int parcels = 0;
            BigDecimal supplied = BigDecimal.ZERO.setScale(2);
            for (Row r : rows) {
                if (r.n() != n) {
                    continue;
                }
                if (r.suppliedMu() != null) {
                    supplied = r.suppliedMu();
                } else if (r.status() != null) {
                    byStatus.put(r.status(), r.mu());
                } else if (r.planningUse() != null) {
                    byUse.put(r.planningUse(), r.mu());
                } else {
                    parcels = r.parcels();
                }
            }
            points.add(new LandPoint(periods.label(n), byStatus, byUse, parcels, supplied));
        }
        return points;
    }

    private static Map<String, BigDecimal> zeros(List<String> keys) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, BigDecimal.ZERO.setScale(2)));
        return map;
    }
}
