package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BadRequestException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of a new unit of a building (SPEC §5): its place and size, and its first occupancy, whose
 * rules are {@link OccupancyState}'s. {@link #requireFits} checks it against its building.
 */
record NewUnit(
        @NotNull Integer floorFrom,
        Integer floorTo,
        @NotNull @Positive @DecimalMax("10000000") BigDecimal areaM2,
        @Positive @DecimalMax("100") BigDecimal ceilingHeightM,
        @Positive @DecimalMax("100000") BigDecimal floorLoadKgM2,
        @Positive @DecimalMax("1000000") BigDecimal powerKva,
        UnitStatus status,
        BigDecimal vacantAreaM2,
        BigDecimal rentYuanM2Month,
        LocalDate availableFrom,
        Long occupantEnterpriseId) {

    /** The top floor: floorTo, or floorFrom for a unit on one floor. */
    int top() {
        return floorTo == null ? floorFrom : floorTo;
    }

    /** 400 unless the unit lies within the building's floors and its area within the building's floor area. */
    void requireFits(Building building) {
        requireFits(building.getFloors(), building.getFloorAreaM2());
    }

    /** As {@link #requireFits(Building)}, for a building of that many floors and that floor area. */
    void requireFits(int floors, BigDecimal buildingFloorAreaM2) {
        if (floorFrom < 1 || floorFrom > floors) {
            throw new BadRequestException(
                    "floorFrom",
                    "起始楼层应在 1 到 " + floors + " 之间（该楼栋共 " + floors + " 层）",
                    "floorFrom must be between 1 and " + floors + " (the building has " + floors + " floors)");
        }
        if (top() < floorFrom || top() > floors) {
            throw new BadRequestException(
                    "floorTo",
                    "结束楼层应在 " + floorFrom + " 到 " + floors + " 之间",
                    "floorTo must be between floorFrom (" + floorFrom + ") and " + floors);
        }
        if (areaM2.compareTo(buildingFloorAreaM2) > 0) {
            throw new BadRequestException(
                    "areaM2",
                    "单元面积 " + areaM2 + " m² 超过楼栋建筑面积 " + buildingFloorAreaM2 + " m²",
                    "areaM2 " + areaM2 + " exceeds the building's floor area of " + buildingFloorAreaM2 + " m²");
        }
    }

    /** Its first occupancy; without a vacantAreaM2 the vacancy follows the status. */
    OccupancyState occupancy() {
        OccupancyState given =
                new OccupancyState(status, vacantAreaM2, rentYuanM2Month, availableFrom, occupantEnterpriseId);
        return vacantAreaM2 == null && status != null ? given.withVacancyOfStatus(areaM2) : given;
    }
}
