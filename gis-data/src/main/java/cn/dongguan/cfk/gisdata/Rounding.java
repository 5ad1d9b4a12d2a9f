package cn.dongguan.cfk.gisdata;

import java.math.BigDecimal;
import java.math.RoundingMode;

final class Rounding {

    private Rounding() {}

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Rounded to a multiple of {@code step}. */
    static double toStep(double value, double step) {
        return round(Math.round(value / step) * step, 6);
    }
}
