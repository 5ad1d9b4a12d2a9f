package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hard filters of SPEC §6, checked against the data of one candidate. A filter whose data is
 * missing (no power figure, no floor load, no fire-hazard class, no supply date) is reported as
 * unknown: the candidate does not pass on a guess and becomes a near miss that says what to ask.
 */
final class HardFilters {

    /** Fire-hazard classes from the most hazardous production (甲) to the least (戊). */
    static final String FIRE_CLASSES = "甲乙丙丁戊";

    /*
     * How far a unit or parcel may miss a filter and still be shown as a near miss: a little lower,
     * a little dearer, a little later, or one fire-hazard class short.
     */
    static final double NEAR_CEILING = 0.85;
    static final double NEAR_LOAD = 0.8;
    static final double NEAR_RENT = 1.2;
    static final int NEAR_DAYS = 90;
    static final double NEAR_AREA = 0.8;

    private static final BigDecimal MU_M2_NUMERATOR = new BigDecimal("10000");
    private static final BigDecimal MU_M2_DENOMINATOR = new BigDecimal("15");

    private HardFilters() {}

    /** Every filter the candidate fails or cannot be checked on, in the order of {@link HardFilter}. */
    static List<Failure> check(Candidate c, Requirement r, MatchClock clock, Names names) {
        List<Failure> failures = new ArrayList<>();
        boolean units = c.kind() == Candidate.Kind.UNITS;
        if (units ? !r.siteKind().wantsSpace() : !r.siteKind().wantsLand()) {
            failures.add(Failure.failed(
                    HardFilter.SITE_KIND,
                    units ? "项目只需要土地，不需要厂房" : "项目只需要厂房，不需要土地",
                    units
                            ? "The project looks for land, not floor space"
                            : "The project looks for floor space, not land"));
            return failures;
        }
        if (units) {
            checkUnits(c, r, clock, names, failures);
        } else {
            checkParcels(c, r, names, failures);
        }
        failures.sort(Comparator.comparing(Failure::filter));
        return failures;
    }

    // ---- units -------------------------------------------------------------------------------

    private static void checkUnits(Candidate c, Requirement r, MatchClock clock, Names names, List<Failure> out) {
        BigDecimal total = c.totalAreaM2();
        if (total.compareTo(r.minAreaM2()) < 0) {
            out.add(Failure.failed(
                    HardFilter.AREA,
                    "合计空置面积 " + Fmt.number(total) + " m²，小于需求下限 " + Fmt.number(r.minAreaM2()) + " m²",
                    "Vacant area " + Fmt.number(total) + " m² in total, below the minimum of "
                            + Fmt.number(r.minAreaM2()) + " m²"));
        } else if (total.compareTo(r.maxAreaM2()) > 0) {
            out.add(Failure.failed(
                    HardFilter.AREA,
                    "合计空置面积 " + Fmt.number(total) + " m²，大于需求上限 " + Fmt.number(r.maxAreaM2()) + " m²",
                    "Vacant area " + Fmt.number(total) + " m² in total, above the maximum of "
                            + Fmt.number(r.maxAreaM2()) + " m²"));
        }

        Map<HardFilter, List<Failure>> byFilter = new EnumMap<>(HardFilter.class);
        for (UnitFact u : c.units()) {
            for (Failure f : unitIssues(u, r, clock)) {
                byFilter.computeIfAbsent(f.filter(), k -> new ArrayList<>()).add(f);
            }
        }
        byFilter.forEach((filter, issues) -> out.add(summarise(issues)));

        if (r.minPowerKva() != null) {
            double known = 0;
            int unknown = 0;
            for (UnitFact u : c.units()) {
                if (u.powerKva() == null) {
                    unknown++;
                } else {
                    known += u.powerKva();
                }
            }
            if (known < r.minPowerKva()) {
                if (unknown > 0) {
                    out.add(Failure.unknown(
                            HardFilter.POWER,
                            "已知可配电容量合计 " + Fmt.number(known) + " kVA，另有 " + unknown + " 个单元的容量未知，无法确认达到 "
                                    + Fmt.number(r.minPowerKva()) + " kVA",
                            "Known power " + Fmt.number(known) + " kVA in total and " + unknown
                                    + " unit(s) with unknown power: cannot confirm the required "
                                    + Fmt.number(r.minPowerKva()) + " kVA"));
                } else {
                    out.add(Failure.failed(
                            HardFilter.POWER,
                            "可配电容量合计 " + Fmt.number(known) + " kVA，低于要求的 " + Fmt.number(r.minPowerKva()) + " kVA",
                            "Power " + Fmt.number(known) + " kVA in total, below the required "
                                    + Fmt.number(r.minPowerKva()) + " kVA"));
                }
            }
        }

        Failure fire = fireClass(c.building().fireHazardClass(), r.fireClass());
        if (fire != null) {
            out.add(fire);
        }
        BuildingFact b = c.building();
        if (!r.allowsPlace(b.townCode(), b.parkCode())) {
            out.add(outside(b.townCode(), b.parkCode(), r, names));
        }
    }

    /** What keeps one unit out of a passing set. */
    static List<Failure> unitIssues(UnitFact u, Requirement r, MatchClock clock) {
        List<Failure> issues = new ArrayList<>(2);
        String unit = "单元 #" + u.id() + "（" + u.floors() + " 层）";
        String unitEn = "Unit #" + u.id() + " (floor " + u.floors() + ")";
        if (!u.vacant()) {
            issues.add(Failure.failed(HardFilter.AVAILABILITY, unit + "已不再空置", unitEn + " is no longer vacant"));
        } else if (clock.hidden(u.lastConfirmedAt())) {
            issues.add(Failure.failed(
                    HardFilter.AVAILABILITY,
                    unit + "超过 120 天未核实，不在公开清单中",
                    unitEn + " has not been confirmed for over 120 days and is not listed"));
        } else if (r.neededBy() != null
                && u.availableFrom() != null
                && u.availableFrom().isAfter(r.neededBy())) {
            issues.add(Failure.failed(
                    HardFilter.AVAILABILITY,
                    unit + u.availableFrom() + " 起可用，晚于需要日期 " + r.neededBy(),
                    unitEn + " is available from " + u.availableFrom() + ", after the needed-by date " + r.neededBy()));
        }
        if (r.minCeilingHeightM() != null) {
            if (u.ceilingHeightM() == null) {
                issues.add(
                        Failure.unknown(HardFilter.CEILING_HEIGHT, unit + "层高未知", unitEn + ": ceiling height unknown"));
            } else if (u.ceilingHeightM() < r.minCeilingHeightM()) {
                issues.add(Failure.failed(
                        HardFilter.CEILING_HEIGHT,
                        unit + "层高 " + Fmt.number(u.ceilingHeightM()) + " m，低于要求的 " + Fmt.number(r.minCeilingHeightM())
                                + " m",
                        unitEn + ": ceiling " + Fmt.number(u.ceilingHeightM()) + " m, below the required "
                                + Fmt.number(r.minCeilingHeightM()) + " m"));
            }
        }
        if (r.minFloorLoadKgM2() != null) {
            if (u.floorLoadKgM2() == null) {
                issues.add(Failure.unknown(HardFilter.FLOOR_LOAD, unit + "楼面荷载未知", unitEn + ": floor load unknown"));
            } else if (u.floorLoadKgM2() < r.minFloorLoadKgM2()) {
                issues.add(Failure.failed(
                        HardFilter.FLOOR_LOAD,
                        unit + "楼面荷载 " + Fmt.number(u.floorLoadKgM2()) + " kg/m²，低于要求的 "
                                + Fmt.number(r.minFloorLoadKgM2()) + " kg/m²",
                        unitEn + ": floor load " + Fmt.number(u.floorLoadKgM2()) + " kg/m², below the required "
                                + Fmt.number(r.minFloorLoadKgM2()) + " kg/m²"));
            }
        }
        if (r.maxRentYuanM2Month() != null) {
            if (u.rentYuanM2Month() == null) {
                issues.add(Failure.unknown(HardFilter.RENT, unit + "租金未知", unitEn + ": rent unknown"));
            } else if (u.rentYuanM2Month() > r.maxRentYuanM2Month()) {
                issues.add(Failure.failed(
                        HardFilter.RENT,
                        unit + "租金 " + Fmt.number(u.rentYuanM2Month()) + " 元/m²·月，高于上限 "
                                + Fmt.number(r.maxRentYuanM2Month()) + " 元/m²·月",
                        unitEn + ": rent " + Fmt.number(u.rentYuanM2Month()) + " yuan/m²·month, above the maximum of "
                                + Fmt.number(r.maxRentYuanM2Month())));
            }
        }
        return issues;
    }

    /** A unit that passes every unit-level filter (the cheap form of {@code unitIssues(…).isEmpty()}). */
    static boolean unitPasses(UnitFact u, Requirement r, MatchClock clock) {
        return u.vacant()
                && !clock.hidden(u.lastConfirmedAt())
                && (r.neededBy() == null
                        || u.availableFrom() == null
                        || !u.availableFrom().isAfter(r.neededBy()))
                && (r.minCeilingHeightM() == null
                        || (u.ceilingHeightM() != null && u.ceilingHeightM() >= r.minCeilingHeightM()))
                && (r.minFloorLoadKgM2() == null
                        || (u.floorLoadKgM2() != null && u.floorLoadKgM2() >= r.minFloorLoadKgM2()))
                && (r.maxRentYuanM2Month() == null
                        || (u.rentYuanM2Month() != null && u.rentYuanM2Month() <= r.maxRentYuanM2Month()));
    }

    /** A unit close enough to count in a near miss: listed and vacant, missing by little or for lack of data. */
    static boolean unitNear(UnitFact u, Requirement r, MatchClock clock) {
        return u.vacant()
                && !clock.hidden(u.lastConfirmedAt())
                && (r.neededBy() == null
                        || u.availableFrom() == null
                        || !u.availableFrom().isAfter(r.neededBy().plusDays(NEAR_DAYS)))
                && (r.minCeilingHeightM() == null
                        || u.ceilingHeightM() == null
                        || u.ceilingHeightM() >= r.minCeilingHeightM() * NEAR_CEILING)
                && (r.minFloorLoadKgM2() == null
                        || u.floorLoadKgM2() == null
                        || u.floorLoadKgM2() >= r.minFloorLoadKgM2() * NEAR_LOAD)
                && (r.maxRentYuanM2Month() == null
                        || u.rentYuanM2Month() == null
                        || u.rentYuanM2Month() <= r.maxRentYuanM2Month() * NEAR_RENT);
    }

    /** 1 for 甲 … 5 for 戊, 0 for none. */
    static int fireRank(String fireClass) {
        return fireClass == null || fireClass.length() != 1 ? 0 : FIRE_CLASSES.indexOf(fireClass) + 1;
    }

    /**
     * A building that allows class {@code allowed} at most hosts production of that class and every less
     * hazardous one: a building allowing 丙 hosts 丙, 丁 and 戊.
     */
    static Failure fireClass(String allowed, String project) {
        if (project == null) {
            return null;
        }
        if (allowed == null) {
            return Failure.unknown(
                    HardFilter.FIRE_CLASS, "楼栋允许的火灾危险性类别未知", "The fire-hazard class the building allows is unknown");
        }
        if (fireRank(project) < fireRank(allowed)) {
            return Failure.failed(
                    HardFilter.FIRE_CLASS,
                    "楼栋最高允许" + allowed + "类火灾危险性生产，项目为" + project + "类",
                    "The building allows fire-hazard class " + allowed + " at most; the project's production is class "
                            + project);
        }
        return null;
    }

    private static Failure summarise(List<Failure> issues) {
        List<Failure> failed = issues.stream().filter(f -> !f.unknown()).toList();
        List<Failure> shown = failed.isEmpty() ? issues : failed;
        Failure first = shown.get(0);
        if (shown.size() == 1) {
            return first;
        }
        return new Failure(
                first.filter(),
                failed.isEmpty(),
                first.reasonZh() + "（共 " + shown.size() + " 个单元）",
                first.reasonEn() + " (" + shown.size() + " units)");
    }

    // ---- parcels -----------------------------------------------------------------------------

    private static void checkParcels(Candidate c, Requirement r, Names names, List<Failure> out) {
        BigDecimal total = c.totalAreaM2();
        if (belowMu(total, r.minAreaMu())) {
            out.add(Failure.failed(
                    HardFilter.AREA,
                    "合计 " + Fmt.number(c.totalAreaMu()) + " 亩，小于需求下限 " + Fmt.number(r.minAreaMu()) + " 亩",
                    Fmt.number(c.totalAreaMu()) + " mu in total, below the minimum of " + Fmt.number(r.minAreaMu())
                            + " mu"));
        } else if (aboveMu(total, r.maxAreaMu())) {
            out.add(Failure.failed(
                    HardFilter.AREA,
                    "合计 " + Fmt.number(c.totalAreaMu()) + " 亩，大于需求上限 " + Fmt.number(r.maxAreaMu()) + " 亩",
                    Fmt.number(c.totalAreaMu()) + " mu in total, above the maximum of " + Fmt.number(r.maxAreaMu())
                            + " mu"));
        }
        Map<HardFilter, List<Failure>> byFilter = new EnumMap<>(HardFilter.class);
        for (ParcelFact p : c.parcels()) {
            for (Failure f : parcelIssues(p, r)) {
                byFilter.computeIfAbsent(f.filter(), k -> new ArrayList<>()).add(f);
            }
            if (!r.allowsPlace(p.townCode(), p.parkCode())) {
                byFilter.computeIfAbsent(HardFilter.LOCATION, k -> new ArrayList<>())
                        .add(outside(p.townCode(), p.parkCode(), r, names));
            }
        }
        byFilter.forEach((filter, issues) -> {
            List<Failure> failed = issues.stream().filter(f -> !f.unknown()).toList();
            List<Failure> shown = failed.isEmpty() ? issues : failed;
            Failure first = shown.get(0);
            out.add(
                    shown.size() == 1
                            ? first
                            : new Failure(
                                    filter,
                                    failed.isEmpty(),
                                    first.reasonZh() + "（共 " + shown.size() + " 宗地块）",
                                    first.reasonEn() + " (" + shown.size() + " parcels)"));
        });
    }

    /** What keeps one parcel out of a passing candidate (the area is checked on the whole candidate). */
    static List<Failure> parcelIssues(ParcelFact p, Requirement r) {
        List<Failure> issues = new ArrayList<>(2);
        String parcel = "地块 " + p.parcelNo();
        String parcelEn = "Parcel " + p.parcelNo();
        switch (p.status()) {
            case "AVAILABLE" -> {
                if (r.neededBy() != null
                        && p.earliestSupplyDate() != null
                        && p.earliestSupplyDate().isAfter(r.neededBy())) {
                    issues.add(Failure.failed(
                            HardFilter.AVAILABILITY,
                            parcel + " 最早 " + p.earliestSupplyDate() + " 供地，晚于需要日期 " + r.neededBy(),
                            parcelEn + " is supplied from " + p.earliestSupplyDate() + ", after the needed-by date "
                                    + r.neededBy()));
                }
            }
            case "RESERVE" -> {
                if (r.neededBy() != null && p.earliestSupplyDate() == null) {
                    issues.add(Failure.unknown(
                            HardFilter.AVAILABILITY,
                            parcel + " 为储备地，最早供地日期未知",
                            parcelEn + " is reserve land with no known supply date"));
                } else if (r.neededBy() != null && p.earliestSupplyDate().isAfter(r.neededBy())) {
                    issues.add(Failure.failed(
                            HardFilter.AVAILABILITY,
                            parcel + " 为储备地，最早 " + p.earliestSupplyDate() + " 供地，晚于需要日期 " + r.neededBy(),
                            parcelEn + " is reserve land supplied from " + p.earliestSupplyDate()
                                    + ", after the needed-by date " + r.neededBy()));
                }
            }
            default ->
                issues.add(Failure.failed(
                        HardFilter.AVAILABILITY,
                        parcel + " 已"
                                + switch (p.status()) {
                                    case "SUPPLIED" -> "出让";
                                    case "UNDER_CONSTRUCTION" -> "在建";
                                    default -> "建成";
                                }
                                + "，不可供应",
                        parcelEn + " is " + p.status().toLowerCase().replace('_', ' ') + " and cannot be supplied"));
        }
        if (!planningUseAllowed(p.planningUse(), r.pollutionClass())) {
            issues.add(
                    "W".equals(p.planningUse())
                            ? Failure.failed(
                                    HardFilter.PLANNING_USE,
                                    parcel + " 为仓储用地（W），不能用于生产",
                                    parcelEn + " is warehouse land (W), which takes no production")
                            : Failure.failed(
                                    HardFilter.PLANNING_USE,
                                    parcel + " 规划用途为 " + p.planningUse() + "，污染等级 " + r.pollutionClass() + " 的项目只可使用 "
                                            + String.join("、", allowedUses(r.pollutionClass())),
                                    parcelEn + " is planned as " + p.planningUse() + "; a pollution class "
                                            + r.pollutionClass() + " project may only use "
                                            + String.join(", ", allowedUses(r.pollutionClass()))));
        }
        return issues;
    }

    static boolean parcelPasses(ParcelFact p, Requirement r) {
        return parcelAvailable(p, r)
                && planningUseAllowed(p.planningUse(), r.pollutionClass())
                && r.allowsPlace(p.townCode(), p.parkCode());
    }

    /** Offered by the needed-by date: available, or reserve land with a supply date no later (no date: unknown). */
    static boolean parcelAvailable(ParcelFact p, Requirement r) {
        return switch (p.status()) {
            case "AVAILABLE" ->
                r.neededBy() == null
                        || p.earliestSupplyDate() == null
                        || !p.earliestSupplyDate().isAfter(r.neededBy());
            case "RESERVE" ->
                r.neededBy() == null
                        || (p.earliestSupplyDate() != null
                                && !p.earliestSupplyDate().isAfter(r.neededBy()));
            default -> false;
        };
    }

    /** How many entries {@link #check} gives a parcel candidate, without writing the reasons. */
    static int countParcelFailures(Candidate c, Requirement r) {
        boolean area = belowMu(c.totalAreaM2(), r.minAreaMu()) || aboveMu(c.totalAreaM2(), r.maxAreaMu());
        boolean available = true;
        boolean use = true;
        boolean place = true;
        for (ParcelFact p : c.parcels()) {
            available &= parcelAvailable(p, r);
            use &= planningUseAllowed(p.planningUse(), r.pollutionClass());
            place &= r.allowsPlace(p.townCode(), p.parkCode());
        }
        return (area ? 1 : 0) + (available ? 0 : 1) + (use ? 0 : 1) + (place ? 0 : 1);
    }

    /** SPEC §5: class 1 (or none given) may use M0–M3, class 2 only M2 and M3, class 3 only M3; W takes no production. */
    static boolean planningUseAllowed(String use, Integer pollutionClass) {
        return allowedUses(pollutionClass).contains(use);
    }

    static List<String> allowedUses(Integer pollutionClass) {
        if (pollutionClass == null || pollutionClass <= 1) {
            return List.of("M0", "M1", "M2", "M3");
        }
        return pollutionClass == 2 ? List.of("M2", "M3") : List.of("M3");
    }

    static boolean belowMu(BigDecimal areaM2, BigDecimal minMu) {
        return areaM2.multiply(MU_M2_DENOMINATOR).compareTo(minMu.multiply(MU_M2_NUMERATOR)) < 0;
    }

    static boolean aboveMu(BigDecimal areaM2, BigDecimal maxMu) {
        return areaM2.multiply(MU_M2_DENOMINATOR).compareTo(maxMu.multiply(MU_M2_NUMERATOR)) > 0;
    }

    static BigDecimal muToM2(BigDecimal mu) {
        return mu.multiply(MU_M2_NUMERATOR).divide(MU_M2_DENOMINATOR, 2, java.math.RoundingMode.HALF_UP);
    }

    private static Failure outside(String town, String park, Requirement r, Names names) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        r.preferredTowns().forEach(t -> {
            zh.add(names.townZh(t));
            en.add(names.townEn(t));
        });
        r.preferredParks().forEach(p -> {
            zh.add(names.parkZh(p));
            en.add(names.parkEn(p));
        });
        return Failure.failed(
                HardFilter.LOCATION,
                "位于" + names.placeZh(town, park) + "，不在限定的" + String.join("、", zh) + "内",
                "In " + names.placeEn(town, park) + ", outside the required " + String.join(", ", en));
    }
}
