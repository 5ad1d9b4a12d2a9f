package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An unsaved requirement as a client sends it, with the project field names of SPEC §5. */
record RequirementInput(
        String siteKind,
        BigDecimal minAreaM2,
        BigDecimal maxAreaM2,
        BigDecimal minAreaMu,
        BigDecimal maxAreaMu,
        BigDecimal minCeilingHeightM,
        BigDecimal minFloorLoadKgM2,
        BigDecimal minPowerKva,
        String fireClass,
        Integer pollutionClass,
        String industryCode,
        List<String> preferredTowns,
        List<String> preferredParks,
        Boolean locationHard,
        BigDecimal maxRentYuanM2Month,
        BigDecimal budgetWanYuan,
        LocalDate neededBy,
        Point point) {

    record Point(Double lon, Double lat) {}
}
