package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteRequirement;
import java.math.BigDecimal;

/**
 * A requirement as the hard filters check it: the requirement itself, the moment of the match (which
 * listings are still public, which dates are late), the place names for the reasons, and the
 * differentiated-allocation policy as it applies to the project's enterprise.
 */
record Need(SiteRequirement requirement, MatchClock clock, Names names, Allocation allocation) {

    /** A requirement without the allocation policy (no enterprise, or a viewer who may not see grades). */
    Need(SiteRequirement requirement, MatchClock clock, Names names) {
        this(requirement, clock, names, Allocation.NONE);
    }

    /** A requirement's number as the filters compare it with the data; null for none. */
    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
