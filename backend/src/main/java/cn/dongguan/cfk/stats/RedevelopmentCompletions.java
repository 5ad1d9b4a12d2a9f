package cn.dongguan.cfk.stats;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The floor area that redevelopment projects not yet 竣工 expect to complete, by the quarter of their
 * expected completion date (labels as {@link TrendPeriods}: 2027Q1). Completed projects are no longer
 * expected: their space is in the stock once its buildings are entered.
 */
@Repository
class RedevelopmentCompletions {

    /** One quarter: the projects expected to complete in it and their new floor area, of it under construction. */
    record CompletionQuarter(
            String quarter, long projects, BigDecimal expectedFloorAreaM2, BigDecimal underConstructionM2) {}

    private final JdbcClient jdbc;

    RedevelopmentCompletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CompletionQuarter> byQuarter() {
        return jdbc.sql("""
                        SELECT to_char(expected_completion, 'YYYY"Q"Q') AS quarter, count(*) AS projects,
                               sum(expected_floor_area_m2) AS expected,
                               coalesce(sum(expected_floor_area_m2) FILTER (WHERE stage = 'CONSTRUCTION'), 0) AS building
                        FROM redevelopment_project
                        WHERE stage <> 'COMPLETED'
                        GROUP BY 1 ORDER BY 1""")
                .query((rs, n) -> new CompletionQuarter(
                        rs.getString("quarter"),
                        rs.getLong("projects"),
                        rs.getBigDecimal("expected"),
                        rs.getBigDecimal("building")))
                .list();
    }
}
