package cn.dongguan.cfk.efficiency;

import java.math.BigDecimal;

/**
 * One enterprise's 亩均效益 result of one year: its grade (null: not evaluated), who graded it (BUREAU:
 * the bureau's spreadsheet; METHOD: the app from the figures; NONE: not evaluated) and the indicators.
 */
record EfficiencyResult(
        long enterpriseId,
        String enterpriseName,
        String creditCode,
        int year,
        String grade,
        String gradedBy,
        BigDecimal score,
        BigDecimal taxPerMu,
        BigDecimal revenuePerMu,
        BigDecimal energyValueAdded,
        BigDecimal rdShare,
        BigDecimal landAreaMu) {}
