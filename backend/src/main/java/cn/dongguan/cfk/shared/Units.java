package cn.dongguan.cfk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Land area units (SPEC §3): 1 亩 = 10000/15 m². Areas in 亩 are shown and compared rounded to
 * 0.01 亩. The SQL twin is {@code m2_to_mu(numeric)} (V50). Amounts per 亩 (亩均, 标准地 indicators)
 * are compared exactly too.
 */
public final class Units {

    private static final BigDecimal FIFTEEN = new BigDecimal("15");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private Units() {}

    public static BigDecimal m2ToMu(BigDecimal m2) {
        return m2 == null ? null : m2.multiply(FIFTEEN).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    public static double m2ToMu(double m2) {
        return m2 * 15 / 10000;
    }

    public static BigDecimal muToM2(BigDecimal mu) {
        return mu == null ? null : mu.multiply(TEN_THOUSAND).divide(FIFTEEN, 2, RoundingMode.HALF_UP);
    }

    /** Whether {@code m2} is less than {@code mu} 亩, exactly (no rounding). */
    public static boolean belowMu(BigDecimal m2, BigDecimal mu) {
        return m2.multiply(FIFTEEN).compareTo(mu.multiply(TEN_THOUSAND)) < 0;
    }

    /**
     * An amount per 亩 of {@code m2} (亩均: investment intensity, tax or output per 亩), rounded to
     * 0.01 for showing; compare with {@link #comparePerMu}.
     */
    public static BigDecimal perMu(BigDecimal amount, BigDecimal m2) {
        return amount.multiply(TEN_THOUSAND).divide(m2.multiply(FIFTEEN), 2, RoundingMode.HALF_UP);
    }

    /** {@code amount} per 亩 of {@code m2} compared with {@code perMu}, exactly (no rounding): −1, 0 or 1. */
    public static int comparePerMu(BigDecimal amount, BigDecimal m2, BigDecimal perMu) {
        return amount.multiply(TEN_THOUSAND).compareTo(perMu.multiply(m2).multiply(FIFTEEN));
    }

    /** Whether {@code m2} is more than {@code mu} 亩, exactly (no rounding). */
    public static boolean aboveMu(BigDecimal m2, BigDecimal mu) {
        return m2.multiply(FIFTEEN).compareTo(mu.multiply(TEN_THOUSAND)) > 0;
    }
}
