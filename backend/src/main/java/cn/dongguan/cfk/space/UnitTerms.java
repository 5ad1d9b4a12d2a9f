package cn.dongguan.cfk.space;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What a unit offers (SPEC §5 names), as the search and the unit's own page show it, and how fresh it is. */
record UnitTerms(
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal vacantAreaM2,
        BigDecimal ceilingHeightM,
        BigDecimal floorLoadKgM2,
        BigDecimal powerKva,
        BigDecimal rentYuanM2Month,
        String status,
        LocalDate availableFrom,
        Instant lastConfirmedAt,

        @Schema(description = "not confirmed for 60 days: 待核实")
        boolean stale) {}
