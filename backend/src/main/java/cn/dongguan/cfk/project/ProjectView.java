package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as the API shows it (SPEC §5): its own fields and its site requirement (flat in JSON),
 * whether it is overdue and, for one project, its moves.
 */
record ProjectView(
        long id,
        String name,
        Long enterpriseId,
        String enterpriseName,
        @JsonUnwrapped SiteRequirement requirement,
        LocalDate plannedStart,
        ProjectStatus status,
        boolean overdue,
        String assignedStaff,
        ProjectSource source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String staffNotes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextAction,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate nextActionDue,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer daysOverdue,
        Instant createdAt,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StatusChange> statusHistory)
        implements Versioned {

    record StatusChange(String fromStatus, String toStatus, String actor, Instant occurredAt) {}

    ProjectView withHistory(List<StatusChange> history) {
        return with(staffNotes, nextAction, nextActionDue, history);
    }

    /** The project without what only staff see (their notes and next action). */
    ProjectView withoutStaffNotes() {
        return with(null, null, null, statusHistory);
    }

    private ProjectView with(
            String staffNotes, String nextAction, LocalDate nextActionDue, List<StatusChange> history) {
        return new ProjectView(
                id,
                name,
                enterpriseId,
                enterpriseName,
                requirement,
                plannedStart,
                status,
                overdue,
                assignedStaff,
                source,
                staffNotes,
                nextAction,
                nextActionDue,
                daysOverdue,
                createdAt,
                version,
                history);
    }

    ProjectFields fields() {
        return new ProjectFields(
                name,
                enterpriseId,
                requirement,
                plannedStart,
                status,
                assignedStaff,
                staffNotes,
                nextAction,
                nextActionDue);
    }
}
