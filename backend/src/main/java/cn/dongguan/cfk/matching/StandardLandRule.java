package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.matching.Miss.Reason;
import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * One 标准地 (standard land) indicator as a hard filter on land (issue 16): the project's planned
 * figure, per 亩 of the site or per 万元 of its output, against the parcel's published minimum or
 * maximum. A group of parcels must keep the strictest indicator of its members, the figure spread
 * over the group's whole area. A parcel without the indicator sets none; a project without the
 * figure is not checked on it ({@link #unchecked} says so in the answer). Any shortfall is a near
 * miss: how much a project must add is for staff to negotiate, so the filter sets no near-miss limit
 * and adds no condition to the candidate query.
 *
 * <p>Exactness: compared exactly ({@link Units#comparePerMu}, or energy ≤ maximum × output), shown
 * rounded.
 */
record StandardLandRule(
        String zh,
        String en,
        String unit,
        String unitEn,
        int decimals,
        StandardLandRule.Bound bound,
        Function<ParcelFact, BigDecimal> indicator,
        Function<SiteRequirement, BigDecimal> figure,
        String figureZh,
        String figureEn) {

    /** Whether the parcel's indicator is a floor (investment, tax, output) or a ceiling (energy). */
    enum Bound {
        MIN,
        MAX
    }

    /** A figure compared per 亩 of the site. */
    static StandardLandRule perMu(
            String zh,
            String en,
            Function<ParcelFact, BigDecimal> indicator,
            Function<SiteRequirement, BigDecimal> figure,
            String figureZh,
            String figureEn) {
        return new StandardLandRule(zh, en, "万元/亩", "万元/mu", 2, Bound.MIN, indicator, figure, figureZh, figureEn);
    }

    /** Energy use per 万元 of output: planned energy ÷ planned output at most the indicator. */
    static StandardLandRule energyPerOutput(Function<ParcelFact, BigDecimal> indicator) {
        return new StandardLandRule(
                "单位产值能耗",
                "Energy use per output",
                "吨标煤/万元",
                "tce/万元",
                3,
                Bound.MAX,
                indicator,
                SiteRequirement::plannedEnergyTceYear,
                "达产能耗或产值",
                "planned energy use or output");
    }

    /** The site's miss, or null when it keeps the indicator, sets none or the project gives no figure. */
    Miss check(Candidate c, Need n) {
        if (c.kind() != Candidate.Kind.PARCELS) {
            return null;
        }
        ParcelFact strictest = strictest(c);
        SiteRequirement r = n.requirement();
        BigDecimal amount = figure.apply(r);
        if (strictest == null || amount == null || denominatorMissing(r)) {
            return null;
        }
        BigDecimal limit = indicator.apply(strictest);
        int cmp = compare(amount, c, r, limit);
        if (bound == Bound.MIN ? cmp >= 0 : cmp <= 0) {
            return null;
        }
        return Miss.failed(true, () -> {
            String value = shown(value(amount, c, r));
            String required = shown(limit);
            String where = c.parcels().size() > 1 ? "（地块 " + strictest.parcelNo() + "）" : "";
            String whereEn = c.parcels().size() > 1 ? " (parcel " + strictest.parcelNo() + ")" : "";
            return bound == Bound.MIN
                    ? new Reason(
                            zh + " " + value + " " + unit + "，低于标准地要求的 " + required + " " + unit + where,
                            en + " " + value + " " + unitEn + ", below the " + required + " " + unitEn
                                    + " the standard land requires" + whereEn)
                    : new Reason(
                            zh + " " + value + " " + unit + "，高于标准地允许的 " + required + " " + unit + where,
                            en + " " + value + " " + unitEn + ", above the " + required + " " + unitEn
                                    + " the standard land allows" + whereEn);
        });
    }

    /** Why the site was not checked on this indicator: it sets one, the project gives no figure. */
    Reason unchecked(Candidate c, Need n) {
        if (c.kind() != Candidate.Kind.PARCELS) {
            return null;
        }
        ParcelFact strictest = strictest(c);
        SiteRequirement r = n.requirement();
        if (strictest == null || (figure.apply(r) != null && !denominatorMissing(r))) {
            return null;
        }
        String required = shown(indicator.apply(strictest)) + " " + unit;
        String requiredEn = shown(indicator.apply(strictest)) + " " + unitEn;
        String zhBound = bound == Bound.MIN ? "不低于 " : "不高于 ";
        String enBound = bound == Bound.MIN ? "at least " : "at most ";
        return new Reason(
                "项目未给出" + figureZh + "，未核对" + zh + "（标准地要求" + zhBound + required + "）",
                "The project gives no " + figureEn + ": " + en.toLowerCase(java.util.Locale.ROOT)
                        + " not checked (the standard land requires " + enBound + requiredEn + ")");
    }

    /** The member whose indicator binds the group: the highest minimum or the lowest maximum. */
    private ParcelFact strictest(Candidate c) {
        ParcelFact best = null;
        for (ParcelFact p : c.parcels()) {
            BigDecimal v = indicator.apply(p);
            if (v == null) {
                continue;
            }
            BigDecimal b = best == null ? null : indicator.apply(best);
            if (b == null || (bound == Bound.MIN ? v.compareTo(b) > 0 : v.compareTo(b) < 0)) {
                best = p;
            }
        }
        return best;
    }

    private boolean perOutput() {
        return bound == Bound.MAX;
    }

    private boolean denominatorMissing(SiteRequirement r) {
        return perOutput()
                && (r.plannedOutputWanYuanYear() == null
                        || r.plannedOutputWanYuanYear().signum() == 0);
    }

    private int compare(BigDecimal amount, Candidate c, SiteRequirement r, BigDecimal limit) {
        if (perOutput()) {
            return amount.compareTo(limit.multiply(r.plannedOutputWanYuanYear()));
        }
        return Units.comparePerMu(amount, c.totalAreaM2(), limit);
    }

    private BigDecimal value(BigDecimal amount, Candidate c, SiteRequirement r) {
        if (perOutput()) {
            return amount.divide(r.plannedOutputWanYuanYear(), decimals, RoundingMode.HALF_UP);
        }
        return Units.perMu(amount, c.totalAreaM2());
    }

    private String shown(BigDecimal v) {
        return decimals <= 2
                ? Fmt.number(v)
                : v.setScale(decimals, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
