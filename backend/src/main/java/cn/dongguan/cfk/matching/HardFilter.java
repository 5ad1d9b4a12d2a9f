package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.matching.Miss.Reason;
import cn.dongguan.cfk.project.SiteKind;
import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hard filters of SPEC §6, each declared once, in the order answers list them: its key, its test
 * with the reasons in Chinese and English, how far a near miss may miss it, and its condition for the
 * bounded candidate query. A test says what keeps one unit, one parcel, one building or a whole site
 * out ({@code null}: nothing); a filter implements the tests that apply to it. {@link HardFilters}
 * derives every check from these: the cheap ones (does it pass, how many filters fail, is it near),
 * the full one with reasons, and the SQL ({@link CandidateSql}).
 *
 * <p>A new filter is one more constant here. Its SQL condition must let through everything its test
 * passes or nearly passes (the matcher's exactness rests on it; {@code CandidateSearchExactnessTest}
 * checks it).
 */
enum HardFilter {
    SITE_KIND("siteKind") {
        @Override
        Miss site(Candidate c, Need n) {
            SiteKind kind = n.requirement().siteKind();
            if (c.kind() == Candidate.Kind.UNITS && !kind.wantsSpace()) {
                return Miss.failed(
                        false, () -> new Reason("项目只需要土地，不需要厂房", "The project looks for land, not floor space"));
            }
            if (c.kind() == Candidate.Kind.PARCELS && !kind.wantsLand()) {
                return Miss.failed(
                        false, () -> new Reason("项目只需要厂房，不需要土地", "The project looks for floor space, not land"));
            }
            return null;
        }

        /** A site of the wrong kind is not checked further. */
        @Override
        boolean endsCheck() {
            return true;
        }

        /** Units make no site of a project that looks for land only. */
        @Override
        boolean mayPass(BuildingTotals b, Need n) {
            return n.requirement().siteKind().wantsSpace();
        }

        @Override
        void standingSql(StandingSql sql) {
            sql.project.add("p.site_kind <> 'LAND'");
        }
    },

    /**
     * The site's total vacant floor area (units) or land area (parcels, compared in 亩 exactly) in the
     * range. Near: units at least 80 % of the minimum; parcels within 80–120 % of the range.
     */
    AREA("area") {
        private static final String NEAR_BELOW = "0.8";
        private static final String NEAR_ABOVE = "1.2";

        @Override
        Miss site(Candidate c, Need n) {
            SiteRequirement r = n.requirement();
            BigDecimal total = c.totalAreaM2();
            if (c.kind() == Candidate.Kind.UNITS) {
                BigDecimal min = r.minAreaM2();
                BigDecimal max = r.maxAreaM2();
                if (total.compareTo(min) < 0) {
                    return Miss.failed(
                            total.compareTo(nearMin(min)) >= 0,
                            () -> new Reason(
                                    "合计空置面积 " + Fmt.number(total) + " m²，小于需求下限 " + Fmt.number(min) + " m²",
                                    "Vacant area " + Fmt.number(total) + " m² in total, below the minimum of "
                                            + Fmt.number(min) + " m²"));
                }
                if (total.compareTo(max) > 0) {
                    return Miss.failed(
                            true,
                            () -> new Reason(
                                    "合计空置面积 " + Fmt.number(total) + " m²，大于需求上限 " + Fmt.number(max) + " m²",
                                    "Vacant area " + Fmt.number(total) + " m² in total, above the maximum of "
                                            + Fmt.number(max) + " m²"));
                }
                return null;
            }
            BigDecimal min = r.minAreaMu();
            BigDecimal max = r.maxAreaMu();
            boolean near = !Units.belowMu(total, nearMin(min)) && !Units.aboveMu(total, nearMax(max));
            String mu = Fmt.number(c.totalAreaMu());
            if (Units.belowMu(total, min)) {
                return Miss.failed(
                        near,
                        () -> new Reason(
                                "合计 " + mu + " 亩，小于需求下限 " + Fmt.number(min) + " 亩",
                                mu + " mu in total, below the minimum of " + Fmt.number(min) + " mu"));
            }
            if (Units.aboveMu(total, max)) {
                return Miss.failed(
                        near,
                        () -> new Reason(
                                "合计 " + mu + " 亩，大于需求上限 " + Fmt.number(max) + " 亩",
                                mu + " mu in total, above the maximum of " + Fmt.number(max) + " mu"));
            }
            return null;
        }

        @Override
        boolean mayPass(BuildingTotals b, Need n) {
            return b.strictAreaM2().compareTo(n.requirement().minAreaM2()) >= 0;
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            SiteRequirement r = n.requirement();
            if (r.siteKind().wantsSpace()) {
                sql.buildingTotals.add("sum(u.vacant_area_m2) >= :nearMinM2");
                sql.param("nearMinM2", nearMin(r.minAreaM2()));
            }
            if (r.siteKind().wantsLand()) {
                // Rounded as m2_to_mu rounds: the limit rounded up keeps every parcel within it exactly.
                sql.parcel.add("m2_to_mu(p.area_m2) <= :nearMaxMu");
                sql.param("nearMaxMu", nearMax(r.maxAreaMu()).setScale(2, RoundingMode.CEILING));
            }
        }

        @Override
        void standingSql(StandingSql sql) {
            sql.project.add("p.min_area_m2 <= :listedAreaM2");
            sql.param("listedAreaM2", sql.unit.listedAreaM2());
        }

        private static BigDecimal nearMin(BigDecimal min) {
            return min.multiply(new BigDecimal(NEAR_BELOW));
        }

        private static BigDecimal nearMax(BigDecimal max) {
            return max.multiply(new BigDecimal(NEAR_ABOVE));
        }
    },

    /** Every unit's ceiling height. Near: at least 85 % of the minimum. */
    CEILING_HEIGHT("ceilingHeight") {
        private static final UnitMinimum CEILING =
                new UnitMinimum("ceiling_height_m", "minCeiling", 0.85, "层高", "ceiling height", "ceiling", "m");

        @Override
        Miss unit(UnitFact u, Need n) {
            return CEILING.check(
                    u, u.ceilingHeightM(), Need.number(n.requirement().minCeilingHeightM()));
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            CEILING.sql(sql, Need.number(n.requirement().minCeilingHeightM()));
        }

        @Override
        void standingSql(StandingSql sql) {
            CEILING.standingSql(sql, sql.unit.unit().ceilingHeightM());
        }
    },

    /** Every unit's floor load. Near: at least 80 % of the minimum. */
    FLOOR_LOAD("floorLoad") {
        private static final UnitMinimum LOAD =
                new UnitMinimum("floor_load_kg_m2", "minLoad", 0.8, "楼面荷载", "floor load", "floor load", "kg/m²");

        @Override
        Miss unit(UnitFact u, Need n) {
            return LOAD.check(u, u.floorLoadKgM2(), Need.number(n.requirement().minFloorLoadKgM2()));
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            LOAD.sql(sql, Need.number(n.requirement().minFloorLoadKgM2()));
        }

        @Override
        void standingSql(StandingSql sql) {
            LOAD.standingSql(sql, sql.unit.unit().floorLoadKgM2());
        }
    },

    /**
     * The site's total power: additive, so a set whose known power reaches the requirement passes
     * whatever the units of unknown power. No near-miss limit.
     */
    POWER("power") {
        @Override
        Miss site(Candidate c, Need n) {
            Double min = Need.number(n.requirement().minPowerKva());
            if (c.kind() != Candidate.Kind.UNITS || min == null) {
                return null;
            }
            double known = 0;
            int unknown = 0;
            for (UnitFact u : c.units()) {
                if (u.powerKva() == null) {
                    unknown++;
                } else {
                    known += u.powerKva();
                }
            }
            if (known >= min) {
                return null;
            }
            String total = Fmt.number(known);
            int missing = unknown;
            if (missing > 0) {
                return Miss.unknown(() -> new Reason(
                        "已知可配电容量合计 " + total + " kVA，另有 " + missing + " 个单元的容量未知，无法确认达到 " + Fmt.number(min) + " kVA",
                        "Known power " + total + " kVA in total and " + missing
                                + " unit(s) with unknown power: cannot confirm the required " + Fmt.number(min)
                                + " kVA"));
            }
            return Miss.failed(
                    true,
                    () -> new Reason(
                            "可配电容量合计 " + total + " kVA，低于要求的 " + Fmt.number(min) + " kVA",
                            "Power " + total + " kVA in total, below the required " + Fmt.number(min) + " kVA"));
        }

        @Override
        boolean mayPass(BuildingTotals b, Need n) {
            Double min = Need.number(n.requirement().minPowerKva());
            return min == null || b.strictKnownPowerKva() >= min;
        }

        @Override
        void standingSql(StandingSql sql) {
            sql.project.add("(p.min_power_kva IS NULL OR p.min_power_kva <= :listedPowerKva)");
            sql.param("listedPowerKva", BigDecimal.valueOf(sql.unit.listedKnownPowerKva()));
        }
    },

    /** Every unit's rent. Near: at most 120 % of the maximum. */
    RENT("rent") {
        private static final double NEAR = 1.2;

        @Override
        Miss unit(UnitFact u, Need n) {
            Double max = Need.number(n.requirement().maxRentYuanM2Month());
            if (max == null) {
                return null;
            }
            if (u.rentYuanM2Month() == null) {
                return Miss.unknown(() -> new Reason(unitZh(u) + "租金未知", unitEn(u) + ": rent unknown"));
            }
            if (u.rentYuanM2Month() <= max) {
                return null;
            }
            return Miss.failed(
                    u.rentYuanM2Month() <= max * NEAR,
                    () -> new Reason(
                            unitZh(u) + "租金 " + Fmt.number(u.rentYuanM2Month()) + " 元/m²·月，高于上限 " + Fmt.number(max)
                                    + " 元/m²·月",
                            unitEn(u) + ": rent " + Fmt.number(u.rentYuanM2Month())
                                    + " yuan/m²·month, above the maximum of " + Fmt.number(max)));
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            Double max = Need.number(n.requirement().maxRentYuanM2Month());
            if (max != null) {
                sql.unitStrict.add("u.rent_yuan_m2_month <= :maxRent");
                sql.unitNear.add("(u.rent_yuan_m2_month IS NULL OR u.rent_yuan_m2_month <= :maxRentNear)");
                sql.param("maxRent", BigDecimal.valueOf(max));
                sql.param("maxRentNear", BigDecimal.valueOf(max * NEAR));
            }
        }

        @Override
        void standingSql(StandingSql sql) {
            Double rent = sql.unit.unit().rentYuanM2Month();
            if (rent == null) {
                sql.project.add("p.max_rent_yuan_m2_month IS NULL");
            } else {
                sql.project.add("(p.max_rent_yuan_m2_month IS NULL OR p.max_rent_yuan_m2_month >= :unitRent)");
                sql.param("unitRent", BigDecimal.valueOf(rent));
            }
        }
    },

    /**
     * The building allows the project's fire-hazard class: a building allowing 丙 hosts 丙, 丁 and 戊
     * ({@link FireHazardClass#hosts}). Near: one class short.
     */
    FIRE_CLASS("fireClass") {
        private static final int NEAR_CLASSES = 1;

        @Override
        Miss building(BuildingTraits b, Need n) {
            String project = n.requirement().fireClass();
            if (project == null) {
                return null;
            }
            if (b.fireHazardClass() == null) {
                return Miss.unknown(
                        () -> new Reason("楼栋允许的火灾危险性类别未知", "The fire-hazard class the building allows is unknown"));
            }
            FireHazardClass allowed = FireHazardClass.of(b.fireHazardClass()).orElseThrow();
            FireHazardClass production = FireHazardClass.of(project).orElseThrow();
            if (allowed.hosts(production)) {
                return null;
            }
            return Miss.failed(
                    allowed.rank() <= production.rank() + NEAR_CLASSES,
                    () -> new Reason(
                            "楼栋最高允许" + allowed.code() + "类火灾危险性生产，项目为" + project + "类",
                            "The building allows fire-hazard class " + allowed.code()
                                    + " at most; the project's production is class " + project));
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            String project = n.requirement().fireClass();
            if (project != null) {
                sql.building.add(
                        "(b.fire_hazard_class IS NULL OR fire_hazard_rank(b.fire_hazard_class) <= :fireRankNear)");
                sql.param(
                        "fireRankNear",
                        FireHazardClass.of(project).orElseThrow().rank() + NEAR_CLASSES);
            }
        }

        @Override
        void standingSql(StandingSql sql) {
            String allowed = sql.unit.building().fireHazardClass();
            if (allowed == null) {
                sql.project.add("p.fire_class IS NULL");
            } else {
                // hosts: the project's class is the building's or less hazardous (a higher rank)
                sql.project.add("(p.fire_class IS NULL OR fire_hazard_rank(p.fire_class) >= :buildingFireRank)");
                sql.param(
                        "buildingFireRank",
                        FireHazardClass.of(allowed).orElseThrow().rank());
            }
        }
    },

    /**
     * The land's planning use suits the pollution class (SPEC §5): class 1 (or none given) M0–M3,
     * class 2 M2 and M3, class 3 M3 only; W takes no production. Checked on land only. No near-miss limit.
     */
    PLANNING_USE("planningUse") {
        @Override
        Miss parcel(ParcelFact p, Need n) {
            Integer pollution = n.requirement().pollutionClass();
            if (planningUseAllowed(p.planningUse(), pollution)) {
                return null;
            }
            if ("W".equals(p.planningUse())) {
                return Miss.failed(
                        true,
                        () -> new Reason(
                                parcelZh(p) + " 为仓储用地（W），不能用于生产",
                                parcelEn(p) + " is warehouse land (W), which takes no production"));
            }
            return Miss.failed(
                    true,
                    () -> new Reason(
                            parcelZh(p) + " 规划用途为 " + p.planningUse() + "，污染等级 " + pollution + " 的项目只可使用 "
                                    + String.join("、", allowedUses(pollution)),
                            parcelEn(p) + " is planned as " + p.planningUse() + "; a pollution class " + pollution
                                    + " project may only use " + String.join(", ", allowedUses(pollution))));
        }
    },

    /**
     * 标准地: the planned investment per 亩 of the site at least the parcel's minimum investment
     * intensity ({@link StandardLandRule}; no near-miss limit, no SQL condition).
     */
    INVESTMENT_INTENSITY(
            "investmentIntensity",
            StandardLandRule.perMu(
                    "投资强度",
                    "Investment intensity",
                    p -> p.standardLand().minInvestmentWanYuanMu(),
                    SiteRequirement::investmentWanYuan,
                    "计划投资额",
                    "planned investment")),

    /** 标准地: the expected annual tax per 亩 at full production at least the parcel's minimum. */
    TAX_PER_MU(
            "taxPerMu",
            StandardLandRule.perMu(
                    "亩均税收",
                    "Tax per mu",
                    p -> p.standardLand().minTaxWanYuanMu(),
                    SiteRequirement::plannedTaxWanYuanYear,
                    "达产年税收",
                    "expected annual tax")),

    /** 标准地: the expected annual output per 亩 at full production at least the parcel's minimum. */
    OUTPUT_PER_MU(
            "outputPerMu",
            StandardLandRule.perMu(
                    "亩均产值",
                    "Output per mu",
                    p -> p.standardLand().minOutputWanYuanMu(),
                    SiteRequirement::plannedOutputWanYuanYear,
                    "达产年产值",
                    "expected annual output")),

    /** 标准地: planned energy use per 万元 of planned output at most the parcel's maximum. */
    ENERGY_PER_OUTPUT(
            "energyPerOutput",
            StandardLandRule.energyPerOutput(p -> p.standardLand().maxEnergyTceWanYuan())),

    /**
     * The differentiated-allocation policy (issue 16, {@code cfk.efficiency.policy.d-grade-no-new-land}):
     * a project whose enterprise's latest 亩均效益 grade is D is not eligible for new land. A policy, not a
     * property of the land: every parcel site fails it as a near miss, so that staff see what the land
     * would be. No SQL condition (it lets every parcel through).
     */
    EFFICIENCY_GRADE("efficiencyGrade") {
        @Override
        Miss site(Candidate c, Need n) {
            Allocation a = n.allocation();
            if (c.kind() != Candidate.Kind.PARCELS || !a.excludesNewLand()) {
                return null;
            }
            return Miss.failed(
                    true,
                    () -> new Reason(
                            "项目企业 " + a.year() + " 年度亩均效益评价为 D 类：按差别化配置政策，不安排新增用地",
                            "The project's enterprise is graded D in the " + a.year()
                                    + " 亩均 efficiency evaluation: by the differentiated-allocation policy it is not"
                                    + " eligible for new land"));
        }
    },

    /**
     * Offered by the needed-by date. Units: still vacant, still listed (confirmed recently enough,
     * {@link MatchClock#hidden}) and available from no later. Parcels: available, or reserve land with
     * a supply date no later (no date: unknown). Near: at most 90 days late.
     */
    AVAILABILITY("availability") {
        private static final int NEAR_DAYS = 90;

        @Override
        Miss unit(UnitFact u, Need n) {
            if (!u.vacant()) {
                return Miss.failed(false, () -> new Reason(unitZh(u) + "已不再空置", unitEn(u) + " is no longer vacant"));
            }
            if (n.clock().hidden(u.lastConfirmedAt())) {
                long days = n.clock().hiddenDays();
                return Miss.failed(
                        false,
                        () -> new Reason(
                                unitZh(u) + "超过 " + days + " 天未核实，不在公开清单中",
                                unitEn(u) + " has not been confirmed for over " + days + " days and is not listed"));
            }
            LocalDate neededBy = n.requirement().neededBy();
            LocalDate from = u.availableFrom();
            if (neededBy == null || from == null || !from.isAfter(neededBy)) {
                return null;
            }
            // future supply: its building is under construction, available from the expected completion
            boolean future = u.expectedCompletion() != null;
            String building = future ? "所在楼栋在建，预计 " : "";
            String buildingEn = future ? " (its building is under construction) is expected to be" : " is";
            return Miss.failed(
                    !from.isAfter(neededBy.plusDays(NEAR_DAYS)),
                    () -> new Reason(
                            unitZh(u) + building + from + " 起可用，晚于需要日期 " + neededBy,
                            unitEn(u) + buildingEn + " available from " + from + ", after the needed-by date "
                                    + neededBy));
        }

        @Override
        Miss parcel(ParcelFact p, Need n) {
            LocalDate neededBy = n.requirement().neededBy();
            LocalDate supply = p.earliestSupplyDate();
            boolean late = neededBy != null && supply != null && supply.isAfter(neededBy);
            boolean near = neededBy == null || supply == null || !supply.isAfter(neededBy.plusDays(NEAR_DAYS));
            switch (p.status()) {
                case "AVAILABLE" -> {
                    return !late
                            ? null
                            : Miss.failed(
                                    near,
                                    () -> new Reason(
                                            parcelZh(p) + " 最早 " + supply + " 供地，晚于需要日期 " + neededBy,
                                            parcelEn(p) + " is supplied from " + supply + ", after the needed-by date "
                                                    + neededBy));
                }
                case "RESERVE" -> {
                    if (neededBy != null && supply == null) {
                        return Miss.unknown(() -> new Reason(
                                parcelZh(p) + " 为储备地，最早供地日期未知",
                                parcelEn(p) + " is reserve land with no known supply date"));
                    }
                    return !late
                            ? null
                            : Miss.failed(
                                    near,
                                    () -> new Reason(
                                            parcelZh(p) + " 为储备地，最早 " + supply + " 供地，晚于需要日期 " + neededBy,
                                            parcelEn(p) + " is reserve land supplied from " + supply
                                                    + ", after the needed-by date " + neededBy));
                }
                default -> {
                    String state = switch (p.status()) {
                        case "SUPPLIED" -> "出让";
                        case "UNDER_CONSTRUCTION" -> "在建";
                        default -> "建成";
                    };
                    return Miss.failed(
                            false,
                            () -> new Reason(
                                    parcelZh(p) + " 已" + state + "，不可供应",
                                    parcelEn(p) + " is "
                                            + p.status()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', ' ')
                                            + " and cannot be supplied"));
                }
            }
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            // The literal conditions of space_unit_match_idx (V40), so the aggregate reads the index only.
            sql.unitNear.add("u.status = 'VACANT' AND u.vacant_area_m2 > 0");
            sql.unitNear.add("u.last_confirmed_at >= :listedSince");
            sql.param("listedSince", Timestamp.from(n.clock().hiddenBefore()));
            sql.parcel.add("p.status IN ('AVAILABLE', 'RESERVE')");
            LocalDate neededBy = n.requirement().neededBy();
            if (neededBy != null) {
                sql.unitStrict.add("(u.available_from IS NULL OR u.available_from <= :neededBy)");
                sql.unitNear.add("(u.available_from IS NULL OR u.available_from <= :neededByNear)");
                sql.parcel.add("(p.earliest_supply_date IS NULL OR p.earliest_supply_date <= :neededByNear)");
                sql.param("neededBy", neededBy);
                sql.param("neededByNear", neededBy.plusDays(NEAR_DAYS));
            }
        }

        /** Whether the unit is vacant and still listed is the unit's own matter: Java decides it. */
        @Override
        void standingSql(StandingSql sql) {
            LocalDate from = sql.unit.unit().availableFrom();
            if (from != null) {
                sql.project.add("(p.needed_by IS NULL OR p.needed_by >= :unitAvailableFrom)");
                sql.param("unitAvailableFrom", from);
            }
        }
    },

    /**
     * Inside a hard location limit: one of the preferred towns or parks ({@link SiteRequirement#allowsPlace}).
     * Sites outside it are no near misses.
     */
    LOCATION("location") {
        @Override
        Miss building(BuildingTraits b, Need n) {
            return n.requirement().allowsPlace(b.townCode(), b.parkCode())
                    ? null
                    : outside(b.townCode(), b.parkCode(), n);
        }

        @Override
        Miss parcel(ParcelFact p, Need n) {
            return n.requirement().allowsPlace(p.townCode(), p.parkCode())
                    ? null
                    : outside(p.townCode(), p.parkCode(), n);
        }

        @Override
        void sql(Need n, CandidateSql sql) {
            SiteRequirement r = n.requirement();
            if (!r.limitsLocation()) {
                return;
            }
            List<String> parts = new ArrayList<>();
            if (!r.preferredTowns().isEmpty()) {
                parts.add("%1$s.town_code IN (:limitTowns)");
                sql.param("limitTowns", r.preferredTowns());
            }
            if (!r.preferredParks().isEmpty()) {
                parts.add("%1$s.park_code IN (:limitParks)");
                sql.param("limitParks", r.preferredParks());
            }
            String place = "(" + String.join(" OR ", parts) + ")";
            sql.unitNear.add("u.building_id IN (SELECT lb.id FROM building lb WHERE " + place.formatted("lb") + ")");
            sql.parcel.add(place.formatted("p"));
        }

        @Override
        void standingSql(StandingSql sql) {
            sql.project.add("""
                    (NOT p.location_hard
                     OR NOT EXISTS (SELECT 1 FROM project_town lt WHERE lt.project_id = p.id)
                            AND NOT EXISTS (SELECT 1 FROM project_park lk WHERE lk.project_id = p.id)
                     OR EXISTS (SELECT 1 FROM project_town lt WHERE lt.project_id = p.id AND lt.town_code = :unitTown)
                     OR EXISTS (SELECT 1 FROM project_park lk WHERE lk.project_id = p.id AND lk.park_code = :unitPark))""");
            sql.param("unitTown", sql.unit.building().townCode());
            sql.param(
                    "unitPark",
                    sql.unit.building().parkCode() == null
                            ? ""
                            : sql.unit.building().parkCode());
        }

        private static Miss outside(String town, String park, Need n) {
            SiteRequirement r = n.requirement();
            Names names = n.names();
            return Miss.failed(false, () -> {
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
                return new Reason(
                        "位于" + names.placeZh(town, park) + "，不在限定的" + String.join("、", zh) + "内",
                        "In " + names.placeEn(town, park) + ", outside the required " + String.join(", ", en));
            });
        }
    };

    private final String key;

    /** The 标准地 indicator the filter checks ({@link #site}, {@link #unchecked}); null for the others. */
    private final StandardLandRule standardLand;

    HardFilter(String key) {
        this(key, null);
    }

    HardFilter(String key, StandardLandRule standardLand) {
        this.key = key;
        this.standardLand = standardLand;
    }

    /** The filter's name in answers ({@code failed[].filter}). */
    String key() {
        return key;
    }

    // ---- the tests a filter may declare (none: it does not apply) -----------------------------

    /** What keeps the whole site out: its totals, or its kind; for a 标准地 filter, its indicator. */
    Miss site(Candidate c, Need n) {
        return standardLand == null ? null : standardLand.check(c, n);
    }

    /** What keeps every set of units in this building out. */
    Miss building(BuildingTraits b, Need n) {
        return null;
    }

    /** What keeps one unit out of a passing set. */
    Miss unit(UnitFact u, Need n) {
        return null;
    }

    /** What keeps one parcel out of a passing site (alone or in a group). */
    Miss parcel(ParcelFact p, Need n) {
        return null;
    }

    /**
     * Whether some set of the building's units could pass, given the totals of its units that pass
     * the unit tests: a necessary condition, never a guess.
     */
    boolean mayPass(BuildingTotals b, Need n) {
        return building(b, n) == null;
    }

    /** The filter's conditions for the bounded candidate query; none by default. */
    void sql(Need n, CandidateSql sql) {}

    /** The filter's conditions on the open projects a changed unit may fit (the reverse match); none by default. */
    void standingSql(StandingSql sql) {}

    /**
     * Why the site was not checked on this filter although the data asks for it (a 标准地 indicator
     * the project gives no figure for); null: checked, or not applicable.
     */
    Reason unchecked(Candidate c, Need n) {
        return standardLand == null ? null : standardLand.unchecked(c, n);
    }

    /** Whether a site that fails this filter is not checked on the others. */
    boolean endsCheck() {
        return false;
    }

    // ---- helpers of the declarations ----------------------------------------------------------

    /** SPEC §5: the planning uses a project of this pollution class may use (none given: as class 1). */
    static List<String> allowedUses(Integer pollutionClass) {
        if (pollutionClass == null || pollutionClass <= 1) {
            return List.of("M0", "M1", "M2", "M3");
        }
        return pollutionClass == 2 ? List.of("M2", "M3") : List.of("M3");
    }

    static boolean planningUseAllowed(String use, Integer pollutionClass) {
        return allowedUses(pollutionClass).contains(use);
    }

    static String unitZh(UnitFact u) {
        return "单元 #" + u.id() + "（" + u.floors() + " 层）";
    }

    static String unitEn(UnitFact u) {
        return "Unit #" + u.id() + " (floor " + u.floors() + ")";
    }

    private static String parcelZh(ParcelFact p) {
        return "地块 " + p.parcelNo();
    }

    private static String parcelEn(ParcelFact p) {
        return "Parcel " + p.parcelNo();
    }
}
