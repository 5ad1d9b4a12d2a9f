package cn.dongguan.cfk.efficiency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's grade has one owner (issue 16): its latest graded result, the view
 * enterprise_latest_grade. The copy enterprise.grade follows every change of results, whoever writes
 * them, also an ungraded later year and a deleted one; {@link EfficiencyGrades#latestGrade} says the
 * same. Rolled back.
 */
@IntegrationTest
@Transactional
class LatestGradeTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    EfficiencyGrades grades;

    @Test
    void theEnterprisesGradeFollowsItsLatestGradedResult() {
        long enterprise = inventory.enterprise("最新等级测试企业 ");
        assertThat(copy(enterprise)).isNull();
        result(enterprise, 2096, "B");
        assertThat(copy(enterprise)).isEqualTo("B");
        result(enterprise, 2097, "A");
        assertThat(copy(enterprise)).isEqualTo("A");
        assertThat(grades.latestGrade(enterprise)).contains(new EfficiencyGrades.YearGrade(2097, Grade.A));
        result(enterprise, 2098, null);
        assertThat(copy(enterprise))
                .as("a year not evaluated leaves the latest graded one")
                .isEqualTo("A");
        jdbc.sql("UPDATE efficiency_result SET grade = 'C' WHERE enterprise_id = ? AND year = 2097")
                .param(enterprise)
                .update();
        assertThat(copy(enterprise)).as("a correction in SQL").isEqualTo("C");
        jdbc.sql("DELETE FROM efficiency_result WHERE enterprise_id = ? AND year = 2097")
                .param(enterprise)
                .update();
        assertThat(copy(enterprise)).isEqualTo("B");
        assertThat(grades.latestGrade(enterprise)).contains(new EfficiencyGrades.YearGrade(2096, Grade.B));
    }

    private void result(long enterprise, int year, String grade) {
        jdbc.sql("INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by) VALUES (?, ?, ?, ?)")
                .param(enterprise)
                .param(year)
                .param(grade)
                .param(grade == null ? "NONE" : "BUREAU")
                .update();
    }

    private String copy(long enterprise) {
        return jdbc.sql("SELECT grade FROM enterprise WHERE id = ?")
                .param(enterprise)
                .query((rs, i) -> rs.getString("grade"))
                .list()
                .get(0);
    }
}
