package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.matching.Miss.Reason;
import java.math.BigDecimal;

/**
 * A measurement every unit of a site must reach, as a hard filter declares it (ceiling height, floor
 * load): its column, its names in the reasons, its unit of measure and its near-miss share. No
 * minimum required: it passes; no value known: unknown.
 *
 * @param zh        its name in Chinese
 * @param enUnknown its name in English where it is unknown
 * @param en        its name in English beside a value
 */
record UnitMinimum(String column, String param, double near, String zh, String enUnknown, String en, String measure) {

    Miss check(UnitFact u, Double value, Double min) {
        if (min == null) {
            return null;
        }
        if (value == null) {
            return Miss.unknown(() ->
                    new Reason(HardFilter.unitZh(u) + zh + "未知", HardFilter.unitEn(u) + ": " + enUnknown + " unknown"));
        }
        if (value >= min) {
            return null;
        }
        String got = Fmt.number(value) + " " + measure;
        String wanted = Fmt.number(min) + " " + measure;
        return Miss.failed(
                value >= min * near,
                () -> new Reason(
                        HardFilter.unitZh(u) + zh + " " + got + "，低于要求的 " + wanted,
                        HardFilter.unitEn(u) + ": " + en + " " + got + ", below the required " + wanted));
    }

    /** Strict: at least the minimum; near: unknown or at least its near share. */
    void sql(CandidateSql sql, Double min) {
        if (min != null) {
            sql.unitStrict.add("u." + column + " >= :" + param);
            sql.unitNear.add("(u." + column + " IS NULL OR u." + column + " >= :" + param + "Near)");
            sql.param(param, BigDecimal.valueOf(min));
            sql.param(param + "Near", BigDecimal.valueOf(min * near));
        }
    }

    /** The reverse match: the projects' minimum ({@code p.min_<column>}) none or at most the unit's value. */
    void standingSql(StandingSql sql, Double value) {
        String min = "p.min_" + column;
        if (value == null) {
            sql.project.add(min + " IS NULL");
        } else {
            sql.project.add("(" + min + " IS NULL OR " + min + " <= :" + param + "Unit)");
            sql.param(param + "Unit", BigDecimal.valueOf(value));
        }
    }
}
