package cn.dongguan.cfk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Land area units: 1 亩 = 10000/15 m². */
public final class Units {

    private Units() {}

    public static BigDecimal m2ToMu(BigDecimal m2) {
        return m2 == null
                ? null
                : m2.multiply(new BigDecimal("15")).divide(new BigDecimal("10000"), 2, RoundingMode.HALF_UP);
    }
}
