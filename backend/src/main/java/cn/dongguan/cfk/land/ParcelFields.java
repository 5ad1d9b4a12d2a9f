package cn.dongguan.cfk.land;

import static cn.dongguan.cfk.shared.Texts.trimmed;

import cn.dongguan.cfk.geometry.GeometryMembers;
import cn.dongguan.cfk.geometry.InventoryInput;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.BadRequestException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of a parcel a write sets (SPEC §5), as a create body or, merged with the stored ones, a
 * JSON merge patch has them; the boundary members beside them go to the geometry pipeline, and the
 * area always comes from the boundary. The last four are the 标准地 indicators published for the
 * parcel's supply (issue 16): minimum investment intensity, tax and output per 亩 (万元/亩, a year
 * for tax and output) and maximum energy use per 万元 of output (吨标煤/万元); none: not 标准地.
 */
@GeometryMembers
record ParcelFields(
        @NotNull @Size(max = InventoryInput.PARCEL_NO_LENGTH)
        String parcelNo,

        String parkCode,
        @NotNull PlanningUse planningUse,

        @Positive @DecimalMax("20") @Digits(integer = 2, fraction = 2)
        BigDecimal plotRatioMin,

        @Positive @DecimalMax("20") @Digits(integer = 2, fraction = 2)
        BigDecimal plotRatioMax,

        @Positive @DecimalMax("1") @Digits(integer = 1, fraction = 3)
        BigDecimal buildingDensity,

        @PositiveOrZero @DecimalMax("1") @Digits(integer = 1, fraction = 3)
        BigDecimal greenRatio,

        @Positive @DecimalMax("1000") @Digits(integer = 5, fraction = 1)
        BigDecimal heightLimitM,

        DevelopmentState developmentState,
        @NotNull ParcelStatus status,

        @PositiveOrZero @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2)
        BigDecimal referencePriceWanYuan,

        LocalDate earliestSupplyDate,

        @Positive @DecimalMax("1000000") @Digits(integer = 8, fraction = 2)
        BigDecimal minInvestmentWanYuanMu,

        @Positive @DecimalMax("1000000") @Digits(integer = 8, fraction = 2)
        BigDecimal minTaxWanYuanMu,

        @Positive @DecimalMax("1000000") @Digits(integer = 8, fraction = 2)
        BigDecimal minOutputWanYuanMu,

        @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
        BigDecimal maxEnergyTceWanYuan) {

    ParcelFields {
        parcelNo = trimmed(parcelNo);
        parkCode = trimmed(parkCode);
    }

    /** The park's canonical code, null for none; 400 naming parkCode when it is no park code. */
    String park() {
        return parkCode == null ? null : ParkCode.parse(parkCode, "parkCode");
    }

    /**
     * 400 when the plot ratio's minimum is above its maximum, naming the bound the write set: the
     * maximum, unless a patch set only the minimum.
     */
    void requireOrderedPlotRatio(boolean minimumSetAlone) {
        if (plotRatioMin != null && plotRatioMax != null && plotRatioMin.compareTo(plotRatioMax) > 0) {
            throw new BadRequestException(
                    minimumSetAlone ? "plotRatioMin" : "plotRatioMax",
                    "容积率下限 " + plotRatioMin + " 大于上限 " + plotRatioMax,
                    "plotRatioMin " + plotRatioMin + " is above plotRatioMax " + plotRatioMax);
        }
    }
}
