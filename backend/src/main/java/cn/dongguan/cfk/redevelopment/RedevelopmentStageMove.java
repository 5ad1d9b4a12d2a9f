package cn.dongguan.cfk.redevelopment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A stage move as POST /api/redevelopment/projects/{id}/stage takes it, optionally with a new expected date. */
record RedevelopmentStageMove(@NotNull RedevelopmentStage stage, LocalDate expectedCompletion) {}
