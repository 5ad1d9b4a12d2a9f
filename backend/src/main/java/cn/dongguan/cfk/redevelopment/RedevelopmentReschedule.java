package cn.dongguan.cfk.redevelopment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A new expected completion as POST /api/redevelopment/projects/{id}/expected-completion takes it. */
record RedevelopmentReschedule(@NotNull LocalDate expectedCompletion) {}
