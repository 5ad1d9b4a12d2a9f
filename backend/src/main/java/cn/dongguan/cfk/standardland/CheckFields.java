package cn.dongguan.cfk.standardland;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One year's actual figures of a supplied parcel (the body of {@code PUT .../checks/{year}}): the
 * enterprise on the land, fixed-asset investment to date (万元), the year's tax and output (万元) and
 * energy use (吨标煤). A figure left out is not checked; at least one is needed.
 */
record CheckFields(
        Long enterpriseId,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal investmentWanYuan,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal taxWanYuan,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal outputWanYuan,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal energyTce) {

    boolean empty() {
        return investmentWanYuan == null && taxWanYuan == null && outputWanYuan == null && energyTce == null;
    }
}
