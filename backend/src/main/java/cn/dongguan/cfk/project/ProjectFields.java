package cn.dongguan.cfk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The writable fields of a project (SPEC §5 names), as a create or a merge patch leaves them. */
record ProjectFields(
        String name,
        Long enterpriseId,
        String industryCode,
        BigDecimal investmentWanYuan,
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
        List<String> preferredTowns,
        List<String> preferredParks,
        boolean locationHard,
        BigDecimal maxRentYuanM2Month,
        BigDecimal budgetWanYuan,
        LocalDate neededBy,
        LocalDate plannedStart,
        String status,
        String assignedStaff) {}
