package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.efficiency.Grade;
import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.shared.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weighted score of SPEC §6: six site criteria (and, in staff's matches under the policy, the
 * enterprise's 亩均 grade, issue 16), each 0–100 with a reason in Chinese and English, and a
 * total 0–100 that is their weighted sum (weights in points of 100), rounded to one decimal.
 *
 * <p>Every criterion falls as its input gets worse (dearer, later, older, farther), so the score of
 * the best conceivable set of units in a building bounds the score of every real set there: matching
 * uses {@link #upperBound} to look at the promising buildings first and stop early.
 */
final class Scorer {

    /** Rent with no maximum given is scored against the usual range in Dongguan, 元/m²·月. */
    static final double CHEAP_RENT = 10;

    static final double DEAR_RENT = 45;
    /** Land with no budget given is scored by its price per 亩, 万元. */
    static final double CHEAP_LAND_PER_MU = 60;

    static final double DEAR_LAND_PER_MU = 200;
    /** Same-industry enterprises within 3 km for full marks on that half of industry fit. */
    static final int CLUSTER_FULL = 5;
    /** Distance from a preferred place at which the location score reaches 0. */
    static final double FAR_M = 20_000;
    /** Days until available at which readiness bottoms out. */
    static final double LATE_DAYS = 180;

    static final int NEUTRAL = 50;
    /** Parcels have no confirmation date: the land office keeps them. */
    static final int LAND_FRESHNESS = 70;

    record SiteFit(boolean positioned, int neighbours, PreferredPlaces.Nearest nearest) {}

    private final SiteRequirement r;
    /** The requirement's rent limit and budget as the criteria compute with them. */
    private final Double maxRent;

    private final Double budget;
    private final Weights weights;
    private final MatchClock clock;
    private final Names names;
    private final Set<String> positionedParks;
    private final IndustryNeighbours neighbours;
    private final PreferredPlaces places;
    private final Allocation allocation;
    private final Map<Site, SiteFit> fits = new HashMap<>();

    /** {@code allocation}: the project's enterprise's grade for the grade criterion, when the weights have it. */
    Scorer(
            SiteRequirement r,
            Weights weights,
            MatchClock clock,
            Names names,
            Set<String> positionedParks,
            IndustryNeighbours neighbours,
            PreferredPlaces places,
            Allocation allocation) {
        this.r = r;
        this.allocation = allocation;
        this.maxRent = Need.number(r.maxRentYuanM2Month());
        this.budget = Need.number(r.budgetWanYuan());
        this.weights = weights;
        this.clock = clock;
        this.names = names;
        this.positionedParks = positionedParks;
        this.neighbours = neighbours;
        this.places = places;
    }

    Weights weights() {
        return weights;
    }

    MatchClock clock() {
        return clock;
    }

    SiteFit fit(Site site) {
        return fits.computeIfAbsent(
                site,
                s -> new SiteFit(
                        s.parkCode() != null && positionedParks.contains(s.parkCode()),
                        r.industryCode() == null ? 0 : neighbours.within(s.x(), s.y()),
                        places.isEmpty() ? null : places.nearest(s)));
    }

    /** The criterion scores in the order of the weights' {@link Weights#names()}. */
    int[] scores(Measures m) {
        Candidate c = m.candidate();
        SiteFit fit = fit(c.site());
        boolean units = c.kind() == Candidate.Kind.UNITS;
        return withGrade(new int[] {
            area(m),
            units
                    ? relativeCost(m.averageRent(), maxRent, CHEAP_RENT, DEAR_RENT)
                    : landCost(m.priceWanYuan(), c.totalAreaMu().doubleValue()),
            industry(fit),
            location(fit),
            units ? readiness(clock.daysUntil(m.readyFrom())) : landReadiness(m),
            units ? freshness(m.oldestConfirmedAt()) : LAND_FRESHNESS
        });
    }

    /** The site criteria's scores, followed by the grade criterion's when the weights have it. */
    private int[] withGrade(int[] site) {
        if (!weights.hasGrade()) {
            return site;
        }
        int[] all = java.util.Arrays.copyOf(site, site.length + 1);
        all[site.length] = grade(allocation.grade());
        return all;
    }

    double total(int[] scores) {
        List<String> names = weights.names();
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += weights.of(names.get(i)) * scores[i];
        }
        return round1(sum / 100);
    }

    /**
     * The best total any set of a building's units could reach, given the lowest rent, the earliest
     * availability and the latest confirmation among the units that could be in it.
     */
    double upperBound(
            Site site,
            Double lowestRent,
            boolean someRentUnknown,
            LocalDate earliestAvailable,
            Instant latestConfirmed) {
        SiteFit fit = fit(site);
        int cost = Math.max(relativeCost(lowestRent, maxRent, CHEAP_RENT, DEAR_RENT), someRentUnknown ? NEUTRAL : 0);
        return total(withGrade(new int[] {
            100,
            cost,
            industry(fit),
            location(fit),
            readiness(clock.daysUntil(earliestAvailable)),
            freshness(latestConfirmed)
        }));
    }

    // ---- the criteria ------------------------------------------------------------------------

    private int area(Measures m) {
        Candidate c = m.candidate();
        if (!wanted(c)) {
            return 0;
        }
        double layout;
        double total;
        double min;
        double max;
        if (c.kind() == Candidate.Kind.UNITS) {
            layout = 0.5 * m.wholeFloorShare() + (m.adjacentFloors() ? 0.3 : 0) + 0.2 / Math.max(1, m.floorsUsed());
            total = m.totalAreaM2().doubleValue();
            min = r.minAreaM2().doubleValue();
            max = r.maxAreaM2().doubleValue();
        } else {
            int k = c.parcels().size();
            layout = k == 1 ? 1 : Math.max(0.3, 1 - 0.15 * (k - 1) - (c.maxGapM() > 0 ? 0.1 : 0));
            total = Units.m2ToMu(m.totalAreaM2().doubleValue());
            min = r.minAreaMu().doubleValue();
            max = r.maxAreaMu().doubleValue();
        }
        return clamp(100 * (0.6 * areaFit(total, min, max) + 0.4 * layout));
    }

    private boolean wanted(Candidate c) {
        return c.kind() == Candidate.Kind.UNITS
                ? r.siteKind().wantsSpace()
                : r.siteKind().wantsLand();
    }

    /** 1 in the middle of the range, 0.75 at its ends, at most 0.5 outside it. */
    static double areaFit(double total, double min, double max) {
        if (total < min) {
            return 0.5 * Math.max(0, 1 - (min - total) / min);
        }
        if (total > max) {
            return 0.5 * Math.max(0, 1 - (total - max) / max);
        }
        return max == min ? 1 : 1 - 0.5 * Math.abs(total - (min + max) / 2) / (max - min);
    }

    /**
     * Against a limit: 100 up to 60 % of it, 50 at the limit, 0 at 150 %. Without a limit, against the
     * usual range: 100 at {@code cheap}, 0 at {@code dear}. Unknown: neutral.
     */
    static int relativeCost(Double value, Double limit, double cheap, double dear) {
        if (value == null) {
            return NEUTRAL;
        }
        if (limit == null) {
            return clamp(100 * (dear - value) / (dear - cheap));
        }
        if (limit <= 0) {
            return value <= 0 ? 100 : 0;
        }
        if (value <= 0.6 * limit) {
            return 100;
        }
        if (value <= limit) {
            return clamp(100 - 50 * (value - 0.6 * limit) / (0.4 * limit));
        }
        return clamp(50 - 50 * (value - limit) / (0.5 * limit));
    }

    private int landCost(Double price, double mu) {
        if (price == null || budget != null) {
            return relativeCost(price, budget, 0, 0);
        }
        return relativeCost(price / mu, null, CHEAP_LAND_PER_MU, DEAR_LAND_PER_MU);
    }

    private int industry(SiteFit fit) {
        if (r.industryCode() == null) {
            return NEUTRAL;
        }
        return (fit.positioned() ? 60 : 0) + clamp(40.0 * Math.min(1, fit.neighbours() / (double) CLUSTER_FULL));
    }

    private int location(SiteFit fit) {
        if (fit.nearest() == null) {
            return 100;
        }
        return clamp(100 * (1 - fit.nearest().metres() / FAR_M));
    }

    static int readiness(long days) {
        return clamp(100 - 60 * Math.min(1, days / LATE_DAYS));
    }

    private int landReadiness(Measures m) {
        int base = m.readyUnknown() ? 30 : readiness(clock.daysUntil(m.readyFrom()));
        return Math.max(0, base - (m.rawLand() ? 20 : 0));
    }

    /**
     * 100 when confirmed today, falling by 60 points until the listing becomes stale (待核实, 60 days by
     * SPEC §7), then by 40 more until it leaves matching (120 days): the cut-offs are {@link
     * cn.dongguan.cfk.space.Freshness}'s.
     */
    private int freshness(Instant confirmed) {
        return freshness(clock.daysSince(confirmed), clock.staleDays(), clock.hiddenDays());
    }

    static int freshness(long days, long staleDays, long hiddenDays) {
        if (days <= staleDays) {
            return (int) (100 - 60.0 * days / staleDays);
        }
        return clamp(40 - (days - staleDays) * 40.0 / (hiddenDays - staleDays));
    }

    /**
     * The differentiated-allocation criterion (issue 16): A and B rank higher. A 100, B 75, not evaluated
     * (or no enterprise) neutral, C 25, D 0. The same for every site of a project: it ranks a project's
     * matches against other projects', not one site against another.
     */
    static int grade(Grade grade) {
        if (grade == null) {
            return NEUTRAL;
        }
        return switch (grade) {
            case A -> 100;
            case B -> 75;
            case C -> 25;
            case D -> 0;
        };
    }

    private static int clamp(double score) {
        return (int) Math.max(0, Math.min(100, Math.round(score)));
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    // ---- the reasons -------------------------------------------------------------------------

    List<Criterion> explain(Measures m, int[] scores) {
        Candidate c = m.candidate();
        SiteFit fit = fit(c.site());
        List<String> names = weights.names();
        List<Criterion> criteria = new ArrayList<>(names.size());
        String[][] reasons = {
            areaReason(m),
            costReason(m),
            industryReason(fit),
            locationReason(fit),
            readinessReason(m),
            freshnessReason(m),
            weights.hasGrade() ? gradeReason() : null
        };
        for (int i = 0; i < scores.length; i++) {
            String name = names.get(i);
            criteria.add(new Criterion(name, weights.of(name), scores[i], reasons[i][0], reasons[i][1]));
        }
        return criteria;
    }

    private String[] areaReason(Measures m) {
        Candidate c = m.candidate();
        if (!wanted(c)) {
            return c.kind() == Candidate.Kind.UNITS
                    ? new String[] {"项目不需要厂房", "The project does not look for floor space"}
                    : new String[] {"项目不需要土地", "The project does not look for land"};
        }
        if (c.kind() == Candidate.Kind.PARCELS) {
            int k = c.parcels().size();
            String range = "（需求 " + Fmt.number(r.minAreaMu()) + "–" + Fmt.number(r.maxAreaMu()) + " 亩）";
            String rangeEn = " (needed " + Fmt.number(r.minAreaMu()) + "–" + Fmt.number(r.maxAreaMu()) + " mu)";
            if (k == 1) {
                return new String[] {
                    "单宗地块 " + Fmt.number(c.totalAreaMu()) + " 亩" + range,
                    "One parcel of " + Fmt.number(c.totalAreaMu()) + " mu" + rangeEn
                };
            }
            String gap = c.maxGapM() > 0 ? "，其间有道路相隔（最宽 " + Fmt.number(Math.round(c.maxGapM())) + " m）" : "，边界相接";
            String gapEn = c.maxGapM() > 0
                    ? ", across a road (up to " + Fmt.number(Math.round(c.maxGapM())) + " m)"
                    : ", sharing boundaries";
            return new String[] {
                k + " 宗相邻地块合计 " + Fmt.number(c.totalAreaMu()) + " 亩" + gap + range,
                k + " adjacent parcels of " + Fmt.number(c.totalAreaMu()) + " mu in total" + gapEn + rangeEn
            };
        }
        int floors = m.floorsUsed();
        int units = c.units().size();
        boolean allWhole = m.wholeFloorShare() >= 0.9999;
        String layoutZh = allWhole ? "整层" : m.wholeFloorShare() > 0 ? "部分为整层" : "非整层";
        String layoutEn = allWhole
                ? (floors == 1 ? "a whole floor" : "whole floors")
                : m.wholeFloorShare() > 0
                        ? "partly whole floors"
                        : "part of " + (floors == 1 ? "a floor" : "the floors");
        String adjacency = floors > 1 ? (m.adjacentFloors() ? "，楼层相邻" : "，楼层不相邻") : "";
        String adjacencyEn = floors > 1 ? (m.adjacentFloors() ? ", adjacent floors" : ", floors not adjacent") : "";
        return new String[] {
            "第 " + m.floorsText() + " 层" + layoutZh + adjacency + "，" + units + " 个单元，合计 "
                    + Fmt.number(m.totalAreaM2()) + " m²（需求 " + Fmt.number(r.minAreaM2()) + "–"
                    + Fmt.number(r.maxAreaM2()) + " m²）",
            "Floor " + m.floorsText().replace("、", ", ") + ": " + layoutEn + adjacencyEn + ", " + units
                    + (units == 1 ? " unit, " : " units, ") + Fmt.number(m.totalAreaM2()) + " m² in total (needed "
                    + Fmt.number(r.minAreaM2()) + "–" + Fmt.number(r.maxAreaM2()) + " m²)"
        };
    }

    private String[] costReason(Measures m) {
        Candidate c = m.candidate();
        if (c.kind() == Candidate.Kind.UNITS) {
            if (m.averageRent() == null) {
                return new String[] {"租金未知", "Rent unknown"};
            }
            String rent = Fmt.number(m.averageRent());
            if (maxRent == null) {
                return new String[] {
                    "平均租金 " + rent + " 元/m²·月（未设上限，按本市常见 10–45 元评分）",
                    "Average rent " + rent + " yuan/m²·month (no maximum given: scored against the usual 10–45)"
                };
            }
            return new String[] {
                "平均租金 " + rent + " 元/m²·月，上限 " + Fmt.number(maxRent) + " 元",
                "Average rent " + rent + " yuan/m²·month against a maximum of " + Fmt.number(maxRent)
            };
        }
        if (m.priceWanYuan() == null) {
            return new String[] {"参考地价未知", "Reference land price unknown"};
        }
        String price = Fmt.number(m.priceWanYuan());
        if (budget == null) {
            String perMu = Fmt.number(m.priceWanYuan() / c.totalAreaMu().doubleValue());
            return new String[] {
                "参考地价 " + price + " 万元（约 " + perMu + " 万元/亩；未设预算，按 60–200 万元/亩评分）",
                "Reference price " + price + " 10k yuan (about " + perMu
                        + " per mu; no budget given: scored against 60–200 per mu)"
            };
        }
        return new String[] {
            "参考地价 " + price + " 万元，预算 " + Fmt.number(budget) + " 万元",
            "Reference price " + price + " 10k yuan against a budget of " + Fmt.number(budget)
        };
    }

    private String[] industryReason(SiteFit fit) {
        if (r.industryCode() == null) {
            return new String[] {"未指定产业，按中性评分", "No industry given: scored neutral"};
        }
        String zh = names.industryZh(r.industryCode());
        String en = names.industryEn(r.industryCode());
        String positioning = fit.positioned() ? "园区产业定位包含" + zh : "所在园区定位不含" + zh;
        String positioningEn = fit.positioned()
                ? "The park's positioning includes " + en
                : "The site's park is not positioned for " + en;
        return new String[] {
            positioning + "；3 公里内有 " + fit.neighbours() + " 家同产业企业",
            positioningEn + "; " + fit.neighbours() + " same-industry enterprise(s) within 3 km"
        };
    }

    private String[] locationReason(SiteFit fit) {
        PreferredPlaces.Nearest n = fit.nearest();
        if (n == null) {
            return new String[] {"未指定区位偏好，任何位置均可", "No location preference: any place fits"};
        }
        String zh = switch (n.kind()) {
            case PARK -> "首选园区" + names.parkZh(n.code());
            case TOWN -> "首选镇街" + names.townZh(n.code());
            case POINT -> "指定位置";
        };
        String en = switch (n.kind()) {
            case PARK -> "the preferred " + names.parkEn(n.code());
            case TOWN -> "the preferred town " + names.townEn(n.code());
            case POINT -> "the given point";
        };
        if (n.metres() == 0) {
            return new String[] {"位于" + zh, "In " + en};
        }
        return new String[] {"距" + zh + " " + Fmt.km(n.metres()) + " 公里", Fmt.km(n.metres()) + " km from " + en};
    }

    private String[] readinessReason(Measures m) {
        Candidate c = m.candidate();
        if (c.kind() == Candidate.Kind.PARCELS) {
            String raw = m.rawLand() ? "；现状地，需先行土地整理" : "；熟地，可直接开工建设";
            String rawEn = m.rawLand() ? "; raw land that needs preparing first" : "; serviced land, ready to build on";
            if (m.readyUnknown()) {
                return new String[] {"储备地，最早供地日期未知" + raw, "Reserve land with no known supply date" + rawEn};
            }
            long days = clock.daysUntil(m.readyFrom());
            String what = m.reserveLand() ? "储备地，" : "";
            String supplied = m.reserveLand() ? "Reserve land, supplied" : "Supplied";
            return days == 0
                    ? new String[] {what + "现可供应" + raw, supplied + " now" + rawEn}
                    : new String[] {
                        what + m.readyFrom() + " 起可供应（" + days + " 天后）" + raw,
                        supplied + " from " + m.readyFrom() + " (in " + days + " days)" + rawEn
                    };
        }
        long days = clock.daysUntil(m.readyFrom());
        if (m.expectedCompletion() != null) {
            return new String[] {
                "在建，预计 " + m.expectedCompletion() + " 竣工，" + m.readyFrom() + " 起可入驻（" + days + " 天后）",
                "Under construction, expected to be completed on " + m.expectedCompletion() + ": available from "
                        + m.readyFrom() + " (in " + days + " days)"
            };
        }
        return days == 0
                ? new String[] {"现在即可入驻", "Available now"}
                : new String[] {
                    m.readyFrom() + " 起可入驻（" + days + " 天后）",
                    "Available from " + m.readyFrom() + " (in " + days + " days)"
                };
    }

    private String[] gradeReason() {
        Grade g = allocation.grade();
        if (g == null) {
            return new String[] {
                "项目企业无亩均效益评价结果（或未关联企业），按中性评分",
                "The project's enterprise has no 亩均 efficiency result (or none is named): scored neutral"
            };
        }
        String zh = "项目企业 " + allocation.year() + " 年度亩均效益评价 " + g + " 级";
        String en = "The project's enterprise is graded " + g + " in the " + allocation.year()
                + " 亩均 efficiency evaluation";
        return switch (g) {
            case A, B -> new String[] {zh + "：按差别化配置政策优先安排", en + ": favoured by the differentiated-allocation policy"};
            case C -> new String[] {zh + "：不优先安排", en + ": not favoured by the differentiated-allocation policy"};
            case D -> new String[] {zh + "：排序靠后", en + ": ranked last by the differentiated-allocation policy"};
        };
    }

    private String[] freshnessReason(Measures m) {
        if (m.candidate().kind() == Candidate.Kind.PARCELS) {
            return new String[] {
                "土地数据由自然资源部门维护，无核实日期，按 70 分计",
                "Land records are kept by the land office and carry no confirmation date: scored 70"
            };
        }
        long days = clock.daysSince(m.oldestConfirmedAt());
        String when = days == 0 ? "今天" : days + " 天前";
        String whenEn = days == 0 ? "today" : days + " days ago";
        String which = m.candidate().units().size() == 1 ? "数据" : "最早的数据";
        String whichEn = m.candidate().units().size() == 1 ? "Listing" : "Oldest listing";
        long stale = clock.staleDays();
        return clock.stale(m.oldestConfirmedAt())
                ? new String[] {
                    which + "核实于" + when + "，已超过 " + stale + " 天（待核实）",
                    whichEn + " confirmed " + whenEn + ": over " + stale + " days, to be confirmed (待核实)"
                }
                : new String[] {which + "核实于" + when, whichEn + " confirmed " + whenEn};
    }
}
