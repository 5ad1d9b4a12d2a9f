package cn.dongguan.cfk.space;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A building with its vacancy: the vacant area of its vacant units, their share of its floor area,
 * and whether any of those listings needs confirming (not confirmed for 60 days).
 */
record BuildingSummary(
        long id,
        String name,
        String type,
        String parkCode,
        String townCode,
        int floors,
        BigDecimal floorAreaM2,
        String fireHazardClass,
        BigDecimal vacantAreaM2,

        @Schema(description = "vacant area / floor area, 0–1")
        double vacancyShare,

        int vacantUnits,

        @Schema(description = "a vacant listing not confirmed for 60 days: 待核实")
        boolean stale) {}
