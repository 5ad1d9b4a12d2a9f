package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.Texts;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The writable fields of a project (SPEC §5 names), as a create or a merge patch leaves them: the
 * project's own, and its site requirement, flat in JSON as before.
 */
record ProjectFields(
        @NotNull @Size(max = 128) String name,
        Long enterpriseId,
        @JsonUnwrapped SiteRequirement requirement,
        LocalDate plannedStart,
        @NotNull ProjectStatus status,
        String assignedStaff,
        @Size(max = 2000) String staffNotes,
        @Size(max = 500) String nextAction,
        LocalDate nextActionDue) {

    /** What a new project starts from: an intent with no location limit. */
    static final ProjectFields NEW = new ProjectFields(
            null,
            null,
            new SiteRequirement(
                    null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), false, null,
                    null, null, null, null, null, null, null),
            null,
            ProjectStatus.INTENT,
            null,
            null,
            null,
            null);

    ProjectFields {
        name = Texts.trimmed(name);
        assignedStaff = Texts.trimmed(assignedStaff);
        staffNotes = Texts.trimmed(staffNotes);
        nextAction = Texts.trimmed(nextAction);
    }
}
