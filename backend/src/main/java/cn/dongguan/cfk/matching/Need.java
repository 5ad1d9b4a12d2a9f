package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteRequirement;
import java.math.BigDecimal;

/**
 * A requirement as the hard filters check it: the requirement itself, the moment of the match (which
 * listings are still public, which dates are late) and the place names for the reasons.
 */
record Need(SiteRequirement requirement, MatchClock clock, Names names) {

    /** A requirement's number as the filters compare it with the data; null for none. */
    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
