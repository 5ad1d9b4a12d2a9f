package cn.dongguan.cfk.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the assigned staff member of a project's next action once it is due (Dongguan's day): one
 * notification per project and due date, whichever instance writes it first (its unique key).
 */
@Component
class FollowUpReminders {

    private static final ZoneId DONGGUAN = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpReminders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${cfk.alert.reminder-delay:1m}",
            initialDelayString = "${cfk.alert.reminder-delay:1m}")
    void run() {
        remind();
    }

    /** Writes the reminders that are due and not yet written; answers how many it wrote. */
    @Transactional
    int remind() {
        return jdbc.sql("""
                INSERT INTO notification (username, subject_kind, subject_id, subject_name, fits, what,
                    project_id, reminder_due)
                SELECT p.assigned_staff, 'project', p.id, p.name, true,
                       '跟进到期：' || p.next_action || '（截止 ' || p.next_action_due || '）· Follow-up due: '
                           || p.next_action || ' (' || p.next_action_due || ')',
                       p.id, p.next_action_due
                FROM expansion_project p
                WHERE p.next_action_due <= :today AND p.next_action IS NOT NULL AND p.assigned_staff IS NOT NULL
                  AND p.status IN ('INTENT', 'SITING', 'SIGNED')
                ON CONFLICT ON CONSTRAINT notification_reminder_once DO NOTHING""")
                .param("today", java.sql.Date.valueOf(LocalDate.now(clock.withZone(DONGGUAN))))
                .update();
    }
}
