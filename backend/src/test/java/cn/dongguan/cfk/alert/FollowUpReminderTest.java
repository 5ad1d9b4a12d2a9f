package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import cn.dongguan.cfk.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A due next action reminds the project's staff member once, through the bell's notifications. Rolled back. */
@IntegrationTest
@Transactional
class FollowUpReminderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FollowUpReminders reminders;

    private long project(String name, LocalDate due) {
        return jdbc.queryForObject("""
                INSERT INTO expansion_project (name, site_kind, min_area_m2, max_area_m2, status, assigned_staff,
                    next_action, next_action_due)
                VALUES (?, 'SPACE', 1000, 2000, 'SITING', 'staff', '回访企业', ?) RETURNING id""", Long.class, name, due);
    }

    private long reminders(long project) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM notification WHERE project_id = ? AND username = 'staff'", Long.class, project);
    }

    @Test
    void aDueNextActionRemindsItsStaffMemberOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long due = project("测试提醒：到期", today.minusDays(1));
        long later = project("测试提醒：未到期", today.plusDays(2));
        reminders.remind();
        reminders.remind();
        assertThat(reminders(due)).isEqualTo(1);
        assertThat(reminders(later)).isZero();
        mvc.perform(get("/api/me/notifications").param("size", "100").with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.items[*].subjectId", hasItem((int) due)))
                .andExpect(jsonPath(
                        "$.items[?(@.subjectId == " + due + ")].what",
                        hasItem(org.hamcrest.Matchers.containsString("回访企业"))));

        // a new due date is a new reminder
        jdbc.update("UPDATE expansion_project SET next_action_due = ? WHERE id = ?", today, due);
        reminders.remind();
        assertThat(reminders(due)).isEqualTo(2);
    }
}
