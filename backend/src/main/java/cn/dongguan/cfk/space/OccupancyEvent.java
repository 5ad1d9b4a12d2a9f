package cn.dongguan.cfk.space;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One recorded change of a unit's occupancy: who, when, before, after, and through what; with the names
 * of the occupants it mentions by id ({@code occupantNames}: id → name, null for none).
 */
record OccupancyEvent(
        long id,
        long unitId,
        Instant occurredAt,
        String actor,
        String source,
        @JsonRawValue @Schema(type = "object") String before,
        @JsonRawValue @Schema(type = "object") String after,
        @JsonRawValue @Schema(type = "object") String occupantNames) {}
