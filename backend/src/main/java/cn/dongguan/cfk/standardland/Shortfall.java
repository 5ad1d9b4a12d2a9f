package cn.dongguan.cfk.standardland;

import java.math.BigDecimal;

/**
 * One indicator a year's figures miss: {@code indicator} one of investmentIntensity, taxPerMu,
 * outputPerMu, energyPerOutput; the required and the achieved value in {@code unit}, and the gap
 * between them (always positive: how much is missing, or how much too much energy).
 */
record Shortfall(
        String indicator,
        String unit,
        BigDecimal required,
        BigDecimal actual,
        BigDecimal gap,
        String reasonZh,
        String reasonEn) {}
