package cn.dongguan.cfk.redevelopment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One stage move of a project: from (none when created), to, who, when. */
record StageEvent(@Schema(nullable = true) Stage fromStage, Stage toStage, String actor, OffsetDateTime occurredAt) {}
