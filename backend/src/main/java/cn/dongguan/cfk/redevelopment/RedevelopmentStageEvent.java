package cn.dongguan.cfk.redevelopment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One stage move of a project: from (none when created), to, who, when. */
record RedevelopmentStageEvent(
        @Schema(nullable = true) RedevelopmentStage fromStage,
        RedevelopmentStage toStage,
        String actor,
        OffsetDateTime occurredAt) {}
