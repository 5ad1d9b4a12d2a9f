package cn.dongguan.cfk.efficiency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An enterprise's 亩均效益 grade, for other features (matching's policy, village parks' occupants).
 * Grades are not public: callers show them to staff and administrators only. SQL statements may read
 * the view {@code enterprise_latest_grade} (V170) instead.
 */
@Component
public class EfficiencyGrades {

    private final JdbcClient jdbc;

    EfficiencyGrades(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprise's grade of that year; empty when not evaluated that year. */
    public Optional<Grade> gradeOf(long enterpriseId, int year) {
        return jdbc.sql(
                        "SELECT grade FROM efficiency_result WHERE enterprise_id = ? AND year = ? AND grade IS NOT NULL")
                .param(enterpriseId)
                .param(year)
                .query(String.class)
                .optional()
                .map(Grade::valueOf);
    }

    /** A grade and the year it is of. */
    public record YearGrade(int year, Grade grade) {}

    /** The enterprise's grade of its latest graded year; empty when never graded. */
    public Optional<YearGrade> latestGrade(long enterpriseId) {
        return jdbc.sql("SELECT year, grade FROM enterprise_latest_grade WHERE enterprise_id = ?")
                .param(enterpriseId)
                .query((rs, i) -> new YearGrade(rs.getInt("year"), Grade.valueOf(rs.getString("grade"))))
                .optional();
    }
}
