package cn.dongguan.cfk.redevelopment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A village industrial park with what its buildings and occupants tell: the buildings inside its
 * boundary, their floor area, the age of the oldest and the median building (years since completion)
 * and how many buildings were completed in each age band; and its occupied units by their
 * enterprise's 亩均 grade (A–D, or NONE when not evaluated).
 */
record VillageAreaView(
        long id,
        String name,
        String townCode,
        String renewalClass,
        long buildings,
        BigDecimal floorAreaM2,
        @Schema(nullable = true) Integer oldestAgeYears,
        @Schema(nullable = true) Integer medianAgeYears,

        @Schema(description = "buildings by completion age: under10, from10to20, from20to30, over30, unknown")
        Map<String, Long> buildingsByAge,

        @Schema(description = "occupied units by their enterprise's 亩均 grade: A, B, C, D, NONE (not evaluated)")
        Map<String, Long> occupantsByGrade,

        long version)
        implements cn.dongguan.cfk.shared.Versioned {}
