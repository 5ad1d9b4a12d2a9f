package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BadRequestException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a unit whose every change is an occupancy event (SPEC §3), as a new unit has them
 * and a JSON merge patch of a unit changes them. {@link #requireFits} checks them against the unit.
 */
record OccupancyState(
        @NotNull UnitStatus status,

        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
        BigDecimal vacantAreaM2,

        @PositiveOrZero
        @Digits(integer = 6, fraction = 2)
        @DecimalMax(
                value = "1000",
                message = "租金超出合理范围（≤ 1000 元/m²·月）|rentYuanM2Month is implausible (at most 1000 yuan/m² per month)")
        BigDecimal rentYuanM2Month,

        LocalDate availableFrom,
        @Positive Long occupantEnterpriseId) {

    /** The vacancy that goes with the status alone: all of the unit when vacant, none when let or reserved. */
    OccupancyState withVacancyOfStatus(BigDecimal unitArea) {
        BigDecimal vacant = status == UnitStatus.VACANT ? unitArea : BigDecimal.ZERO;
        return new OccupancyState(status, vacant, rentYuanM2Month, availableFrom, occupantEnterpriseId);
    }

    /** 400 naming vacantAreaM2 unless the vacancy is within the unit's area and agrees with the status (SPEC §8). */
    void requireFits(BigDecimal unitArea) {
        if (vacantAreaM2.compareTo(unitArea) > 0) {
            throw new BadRequestException(
                    "vacantAreaM2",
                    "空置面积 " + vacantAreaM2 + " m² 超过单元面积 " + unitArea + " m²",
                    "vacantAreaM2 " + vacantAreaM2 + " exceeds the unit's area of " + unitArea + " m²");
        }
        if (status == UnitStatus.VACANT && vacantAreaM2.signum() == 0) {
            throw new BadRequestException(
                    "vacantAreaM2", "状态为空置时空置面积必须大于 0", "A VACANT unit needs a vacantAreaM2 above 0");
        }
        if (status != UnitStatus.VACANT && vacantAreaM2.signum() > 0) {
            throw new BadRequestException(
                    "vacantAreaM2",
                    "状态为 " + status + " 时空置面积应为 0",
                    "A " + status + " unit has no vacant area (vacantAreaM2 must be 0)");
        }
    }

    boolean sameAs(OccupancyState other) {
        return status == other.status
                && compare(vacantAreaM2, other.vacantAreaM2)
                && compare(rentYuanM2Month, other.rentYuanM2Month)
                && Objects.equals(availableFrom, other.availableFrom)
                && Objects.equals(occupantEnterpriseId, other.occupantEnterpriseId);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status.name());
        map.put("vacantAreaM2", vacantAreaM2);
        map.put("rentYuanM2Month", rentYuanM2Month);
        map.put("availableFrom", availableFrom == null ? null : availableFrom.toString());
        map.put("occupantEnterpriseId", occupantEnterpriseId);
        return map;
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
