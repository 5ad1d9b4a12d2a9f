package cn.dongguan.cfk.efficiency;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades a year's rows that have figures but no grade of the bureau's, by the configured method
 * ({@link EfficiencyMethod}); each enterprise's {@code grade} follows its latest graded year by the
 * database's trigger (V230). Called in the transaction that wrote the year's rows (the import's commit).
 */
@Component
public class EfficiencyGrading {

    private final JdbcClient jdbc;
    private final EfficiencyMethod method;

    EfficiencyGrading(JdbcClient jdbc, EfficiencyProperties properties) {
        this.jdbc = jdbc;
        this.method = new EfficiencyMethod(properties.method());
    }

    /** The year's ungraded rows graded (or marked not evaluated). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void regrade(int year) {
        List<EfficiencyMethod.Figures> rows = jdbc.sql("""
                        SELECT id, tax_per_mu, revenue_per_mu, energy_value_added, rd_share
                        FROM efficiency_result WHERE year = ? AND graded_by <> 'BUREAU' ORDER BY id""")
                .param(year)
                .query((rs, i) -> new EfficiencyMethod.Figures(
                        rs.getLong("id"),
                        rs.getBigDecimal("tax_per_mu"),
                        rs.getBigDecimal("revenue_per_mu"),
                        rs.getBigDecimal("energy_value_added"),
                        rs.getBigDecimal("rd_share")))
                .list();
        for (EfficiencyMethod.Graded g : method.grade(rows)) {
            jdbc.sql("""
                            UPDATE efficiency_result SET grade = :grade, score = :score, graded_by = :by
                            WHERE id = :id""")
                    .param("grade", g.grade() == null ? null : g.grade().name())
                    .param("score", g.score())
                    .param("by", g.grade() == null ? "NONE" : "METHOD")
                    .param("id", g.id())
                    .update();
        }
    }
}
