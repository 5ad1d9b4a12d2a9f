package cn.dongguan.cfk.project;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a project's follow-up log: a note, a call or a visit, on a day, by a staff member. */
record ProjectActivity(long id, Kind kind, String text, LocalDate occurredOn, String actor, Instant createdAt) {

    enum Kind {
        NOTE,
        CALL,
        VISIT
    }

    /** A new entry as POST /api/projects/{id}/activities takes it; the day defaults to today. */
    record Input(
            @jakarta.validation.constraints.NotNull Kind kind,

            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000)
            String text,

            LocalDate occurredOn) {}
}
