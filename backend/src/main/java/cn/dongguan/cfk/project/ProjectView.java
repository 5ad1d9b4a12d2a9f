package cn.dongguan.cfk.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project as the API shows it (SPEC §5), with whether it is overdue and, for one project, its moves. */
record ProjectView(
        long id,
        String name,
        Long enterpriseId,
        String enterpriseName,
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
        boolean overdue,
        String assignedStaff,
        Instant createdAt,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StatusChange> statusHistory) {

    record StatusChange(String fromStatus, String toStatus, String actor, Instant occurredAt) {}

    ProjectView withHistory(List<StatusChange> history) {
        return new ProjectView(
                id,
                name,
                enterpriseId,
                enterpriseName,
                industryCode,
                investmentWanYuan,
                siteKind,
                minAreaM2,
                maxAreaM2,
                minAreaMu,
                maxAreaMu,
                minCeilingHeightM,
                minFloorLoadKgM2,
                minPowerKva,
                fireClass,
                pollutionClass,
                preferredTowns,
                preferredParks,
                locationHard,
                maxRentYuanM2Month,
                budgetWanYuan,
                neededBy,
                plannedStart,
                status,
                overdue,
                assignedStaff,
                createdAt,
                version,
                history);
    }

    ProjectFields fields() {
        return new ProjectFields(
                name,
                enterpriseId,
                industryCode,
                investmentWanYuan,
                siteKind,
                minAreaM2,
                maxAreaM2,
                minAreaMu,
                maxAreaMu,
                minCeilingHeightM,
                minFloorLoadKgM2,
                minPowerKva,
                fireClass,
                pollutionClass,
                preferredTowns,
                preferredParks,
                locationHard,
                maxRentYuanM2Month,
                budgetWanYuan,
                neededBy,
                plannedStart,
                status,
                assignedStaff);
    }
}
