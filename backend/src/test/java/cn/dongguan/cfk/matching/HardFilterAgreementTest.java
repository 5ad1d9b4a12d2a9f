package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.project.SiteKind;
import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.shared.FireHazardClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks (does it pass, how many filters fail, may a unit or parcel be in a passing site,
 * could a building's units pass at all) agree with the full check that writes the reasons, on
 * generated requirements, units and parcels: unknown values, values exactly at a limit, at the edge
 * of a near miss and just past it, listings at the stale and hidden cut-offs, every status.
 */
class HardFilterAgreementTest {

    private static final Set<HardFilter> UNIT_FILTERS =
            EnumSet.of(HardFilter.CEILING_HEIGHT, HardFilter.FLOOR_LOAD, HardFilter.RENT, HardFilter.AVAILABILITY);
    private static final Set<HardFilter> PARCEL_FILTERS =
            EnumSet.of(HardFilter.PLANNING_USE, HardFilter.AVAILABILITY, HardFilter.LOCATION);
    private static final String[][] PLACES = {{"DONGCHENG", "DG-P01"}, {"NANCHENG", null}, {"HUMEN", "DG-P02"}};
    private static final Names NAMES = new Names(
            Map.of(
                    "DONGCHENG", new String[] {"东城街道", "Dongcheng"},
                    "NANCHENG", new String[] {"南城街道", "Nancheng"},
                    "HUMEN", new String[] {"虎门镇", "Humen"}),
            Map.of("DG-P01", "示例园区01", "DG-P02", "示例园区02"),
            Map.of());

    private final Random random = new Random(20261201);
    private final Random policy = new Random(16);
    private long nextId = 1;
    private int unitSites;
    private int passingUnitSites;
    private int parcelSites;
    private int passingParcelSites;
    private final Set<HardFilter> seen = EnumSet.noneOf(HardFilter.class);
    private final Set<HardFilter> seenUnknown = EnumSet.noneOf(HardFilter.class);

    @Test
    void theCheapChecksAgreeWithTheFullCheck() {
        for (int round = 0; round < 900; round++) {
            SiteRequirement r = requirement();
            Need n = new Need(r, CLOCK, NAMES, allocation());
            for (int b = 0; b < 4; b++) {
                unitSites(n, building(r));
            }
            for (int p = 0; p < 8; p++) {
                parcelSite(n);
            }
        }
        assertThat(unitSites).isGreaterThan(5_000);
        assertThat(passingUnitSites).as("unit sites that pass").isGreaterThan(200);
        assertThat(parcelSites).isGreaterThan(1_000);
        assertThat(passingParcelSites).as("parcel sites that pass").isGreaterThan(60);
        assertThat(seen).as("filters failed").containsExactlyInAnyOrder(HardFilter.values());
        assertThat(seenUnknown)
                .as("filters unknown")
                .contains(
                        HardFilter.CEILING_HEIGHT,
                        HardFilter.FLOOR_LOAD,
                        HardFilter.POWER,
                        HardFilter.RENT,
                        HardFilter.FIRE_CLASS,
                        HardFilter.AVAILABILITY);
    }

    private void unitSites(Need n, BuildingFact b) {
        List<UnitFact> usable =
                b.units().stream().filter(u -> HardFilters.usable(u, n)).toList();
        boolean space = n.requirement().siteKind().wantsSpace();
        for (UnitFact u : b.units()) {
            if (!space) {
                agree(n, Candidate.units(b, List.of(u)));
                continue;
            }
            List<Failure> alone = agree(n, Candidate.units(b, List.of(u)));
            Set<HardFilter> unitFailures = filters(alone);
            unitFailures.retainAll(UNIT_FILTERS);
            assertThat(HardFilters.usable(u, n)).as("%s usable", u).isEqualTo(unitFailures.isEmpty());
            if (HardFilters.usable(u, n)) {
                assertThat(HardFilters.nearlyUsable(u, n)).isTrue();
            }
            if (!u.vacant() || CLOCK.hidden(u.lastConfirmedAt())) {
                assertThat(HardFilters.nearlyUsable(u, n))
                        .as("%s not listed", u)
                        .isFalse();
            }
            unknownIsNeverAPass(n, u, alone);
        }
        boolean anyPasses = false;
        List<List<UnitFact>> sets = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            sets.add(subset(b.units()));
            sets.add(subset(usable));
        }
        if (!usable.isEmpty()) {
            SiteRequirement r = n.requirement();
            UnitSetAssembler.sets(b, usable, r.minAreaM2(), r.maxAreaM2()).forEach(c -> sets.add(c.units()));
        }
        for (List<UnitFact> set : sets) {
            if (set.isEmpty()) {
                continue;
            }
            Candidate c = Candidate.units(b, set);
            List<Failure> failures = agree(n, c);
            unitSites++;
            if (failures.isEmpty()) {
                passingUnitSites++;
                anyPasses = true;
                assertThat(set).allMatch(u -> HardFilters.usable(u, n));
            }
            if (set.stream().allMatch(u -> HardFilters.usable(u, n))) {
                assertThat(filters(failures))
                        .as("a set of usable units fails only on the site or its building")
                        .isSubsetOf(
                                HardFilter.SITE_KIND,
                                HardFilter.AREA,
                                HardFilter.POWER,
                                HardFilter.FIRE_CLASS,
                                HardFilter.LOCATION);
            } else if (space) {
                assertThat(filters(failures)).containsAnyElementsOf(UNIT_FILTERS);
            }
            if (HardFilters.near(c, n) && !failures.isEmpty()) {
                assertThat(set).allMatch(u -> HardFilters.nearlyUsable(u, n));
                assertThat(filters(failures)).doesNotContain(HardFilter.LOCATION, HardFilter.SITE_KIND);
            }
        }
        if (anyPasses) {
            assertThat(HardFilters.mayPass(bound(b, usable), n))
                    .as("a building with a passing set may pass")
                    .isTrue();
        }
    }

    private void parcelSite(Need n) {
        List<ParcelFact> parcels = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            parcels.add(parcel(n.requirement(), count));
        }
        for (ParcelFact p : parcels) {
            if (!n.requirement().siteKind().wantsLand()) {
                continue;
            }
            Set<HardFilter> parcelFailures = filters(agree(n, Candidate.parcels(List.of(p), 0)));
            parcelFailures.retainAll(PARCEL_FILTERS);
            assertThat(HardFilters.parcelPasses(p, n)).as("%s passes", p).isEqualTo(parcelFailures.isEmpty());
        }
        Candidate c = Candidate.parcels(parcels, random.nextBoolean() ? 0 : 6);
        List<Failure> failures = agree(n, c);
        parcelSites++;
        if (failures.isEmpty()) {
            passingParcelSites++;
            assertThat(parcels).allMatch(p -> HardFilters.parcelPasses(p, n));
        }
    }

    /** The full check and the cheap ones on one site: they must tell the same story. */
    private List<Failure> agree(Need n, Candidate c) {
        List<Failure> failures = HardFilters.check(c, n);
        assertThat(HardFilters.passes(c, n)).as("%s passes", c.id()).isEqualTo(failures.isEmpty());
        assertThat(HardFilters.failureCount(c, n)).as("%s failures", c.id()).isEqualTo(failures.size());
        List<Integer> order = failures.stream().map(f -> f.filter().ordinal()).toList();
        assertThat(order).as("one failure per filter, in order").isSorted().doesNotHaveDuplicates();
        if (filters(failures).contains(HardFilter.SITE_KIND)) {
            assertThat(failures).hasSize(1);
            assertThat(HardFilters.near(c, n)).isFalse();
        }
        if (failures.isEmpty()) {
            assertThat(HardFilters.near(c, n)).isTrue();
        }
        for (Failure f : failures) {
            assertThat(f.reasonZh()).isNotBlank();
            assertThat(f.reasonEn()).isNotBlank();
            seen.add(f.filter());
            if (f.unknown()) {
                seenUnknown.add(f.filter());
            }
        }
        return failures;
    }

    /** Missing data is never read as zero: a unit with no value for a limit set is not usable. */
    private static void unknownIsNeverAPass(Need n, UnitFact u, List<Failure> alone) {
        SiteRequirement r = n.requirement();
        check(r.minCeilingHeightM(), u.ceilingHeightM(), HardFilter.CEILING_HEIGHT, n, u, alone);
        check(r.minFloorLoadKgM2(), u.floorLoadKgM2(), HardFilter.FLOOR_LOAD, n, u, alone);
        check(r.maxRentYuanM2Month(), u.rentYuanM2Month(), HardFilter.RENT, n, u, alone);
    }

    private static void check(
            BigDecimal limit, Double value, HardFilter filter, Need n, UnitFact u, List<Failure> alone) {
        if (limit != null && value == null) {
            assertThat(HardFilters.usable(u, n)).isFalse();
            assertThat(alone)
                    .filteredOn(f -> f.filter() == filter)
                    .singleElement()
                    .satisfies(f -> assertThat(f.unknown()).isTrue());
        }
    }

    private static Set<HardFilter> filters(List<Failure> failures) {
        return failures.stream()
                .map(Failure::filter)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HardFilter.class)));
    }

    /** What the per-building aggregate would say of these usable units. */
    private static MatchQueries.BuildingBound bound(BuildingFact b, List<UnitFact> usable) {
        BigDecimal area = usable.stream().map(UnitFact::vacantAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
        double power = usable.stream()
                .filter(u -> u.powerKva() != null)
                .mapToDouble(UnitFact::powerKva)
                .sum();
        return new MatchQueries.BuildingBound(
                b.id(),
                b.site(),
                b.fireHazardClass(),
                area,
                power,
                null,
                false,
                null,
                null,
                area,
                null,
                false,
                null,
                null);
    }

    // ---- the generator ---------------------------------------------------------------------------

    private SiteRequirement requirement() {
        SiteKind kind = pick(SiteKind.values());
        BigDecimal minM2 = BigDecimal.valueOf(pickInt(500, 1000, 2000));
        BigDecimal minMu = BigDecimal.valueOf(pickInt(2, 5, 10));
        List<String> towns = random.nextInt(3) == 0 ? List.of(pick("DONGCHENG", "NANCHENG")) : List.of();
        List<String> parks = random.nextInt(3) == 0 ? List.of(pick("DG-P01", "DG-P02")) : List.of();
        return new SiteRequirement(
                kind,
                minM2,
                minM2.multiply(BigDecimal.valueOf(pickDouble(1.0, 1.5, 3.0))),
                minMu,
                minMu.multiply(BigDecimal.valueOf(pickDouble(1.0, 1.2, 2.0))),
                maybe(4, 6, 8),
                maybe(500, 1000),
                maybe(200, 500, 1000),
                random.nextInt(4) == 0 ? null : pick(FireHazardClass.codes().toArray(String[]::new)),
                random.nextInt(4) == 0 ? null : 1 + random.nextInt(3),
                null,
                towns,
                parks,
                random.nextBoolean(),
                maybe(15, 25),
                null,
                random.nextInt(3) == 0 ? null : CLOCK.today().plusDays(pickInt(0, 30, 100)),
                maybe(500, 2000, 6000),
                maybe(50, 200, 600),
                maybe(1000, 5000, 20000),
                maybe(50, 300, 1500),
                null);
    }

    private BuildingFact building(SiteRequirement r) {
        long id = nextId++;
        String[] place = pick(PLACES);
        List<UnitFact> units = new ArrayList<>();
        int floors = 1 + random.nextInt(3);
        for (int floor = 1; floor <= floors; floor++) {
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                units.add(unit(id, floor, r));
            }
        }
        String fire =
                random.nextInt(5) == 0 ? null : pick(FireHazardClass.codes().toArray(String[]::new));
        return new BuildingFact(id, "B" + id, place[1], place[0], fire, 0, 0, units);
    }

    private UnitFact unit(long building, int floor, SiteRequirement r) {
        BigDecimal area = BigDecimal.valueOf(pickInt(300, 500, 700, 1000)).setScale(2);
        BigDecimal vacant = switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ZERO.setScale(2);
            case 1 -> area.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            default -> area;
        };
        String status = vacant.signum() == 0 ? pick("OCCUPIED", "RESERVED") : pick("VACANT", "VACANT", "RESERVED");
        Duration age = pick(
                Duration.ofDays(1),
                Duration.ofDays(59),
                Duration.ofDays(60),
                Duration.ofDays(60).plusSeconds(1),
                Duration.ofDays(120),
                Duration.ofDays(120).plusSeconds(1));
        Instant confirmed = CLOCK.now().minus(age);
        LocalDate from = r.neededBy() == null
                ? (random.nextBoolean() ? null : CLOCK.today().plusDays(pickInt(-5, 0, 40)))
                : (random.nextInt(3) == 0 ? null : r.neededBy().plusDays(pickInt(-1, 0, 1, 90, 91)));
        return new UnitFact(
                nextId++,
                building,
                floor,
                floor,
                area,
                vacant,
                measured(r.minCeilingHeightM(), 0.85, 6),
                measured(r.minFloorLoadKgM2(), 0.8, 800),
                random.nextInt(4) == 0 ? null : (double) pickInt(100, 300, 600),
                measured(r.maxRentYuanM2Month(), 1.2, 20),
                status,
                from,
                confirmed,
                null);
    }

    /** A value at the limit, at the edge of a near miss, just past it, far off, or unknown. */
    private Double measured(BigDecimal limit, double near, double usual) {
        double l = limit == null ? usual : limit.doubleValue();
        double edge = l * near;
        double step = near < 1 ? -0.01 : 0.01;
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> l;
            case 2 -> edge;
            case 3 -> edge + step;
            case 4 -> l - step;
            case 5 -> l * 2 - edge;
            default -> l + (near < 1 ? 1 : -1);
        };
    }

    /** One of {@code count} parcels of a site: together about the minimum area, or a share of a boundary. */
    private ParcelFact parcel(SiteRequirement r, int count) {
        long id = nextId++;
        String[] place = pick(PLACES);
        double mu = r.minAreaMu().doubleValue() * pickDouble(0.5, 0.79, 0.8, 1.0, 1.0, 1.1, 1.2, 1.21, 2.0) / count;
        BigDecimal m2 = BigDecimal.valueOf(mu * 10000 / 15)
                .setScale(2, RoundingMode.HALF_UP)
                .add(BigDecimal.valueOf(pickInt(-1, 0, 0, 1)).movePointLeft(2));
        LocalDate supply = random.nextInt(3) == 0
                ? null
                : (r.neededBy() == null ? CLOCK.today() : r.neededBy()).plusDays(pickInt(-1, 0, 1, 90, 91));
        return new ParcelFact(
                id,
                "T-" + id,
                place[1],
                place[0],
                m2,
                pick("M0", "M1", "M2", "M3", "M3", "W"),
                pick(
                        "AVAILABLE",
                        "AVAILABLE",
                        "AVAILABLE",
                        "RESERVE",
                        "RESERVE",
                        "SUPPLIED",
                        "UNDER_CONSTRUCTION",
                        "BUILT"),
                supply,
                pick("READY", "RAW"),
                random.nextBoolean() ? null : 300.0,
                0,
                0,
                standardLand());
    }

    /** 标准地 indicators on about half the parcels, each indicator on its own. */
    private ParcelFact.StandardLand standardLand() {
        if (random.nextBoolean()) {
            return ParcelFact.StandardLand.NONE;
        }
        return new ParcelFact.StandardLand(
                maybe(100, 300, 500),
                maybe(10, 25, 40),
                maybe(200, 600, 1200),
                random.nextInt(3) == 0 ? null : BigDecimal.valueOf(pickDouble(0.02, 0.05, 0.1)));
    }

    private <T> List<T> subset(List<T> items) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (random.nextBoolean()) {
                out.add(item);
            }
        }
        return out;
    }

    private BigDecimal maybe(int... values) {
        return random.nextInt(3) == 0 ? null : BigDecimal.valueOf(values[random.nextInt(values.length)]);
    }

    private int pickInt(int... values) {
        return values[random.nextInt(values.length)];
    }

    private double pickDouble(double... values) {
        return values[random.nextInt(values.length)];
    }

    /** Now and then a D-grade enterprise kept off new land, or the policy switched off, from its own generator. */
    private Allocation allocation() {
        return switch (policy.nextInt(6)) {
            case 0 -> new Allocation(cn.dongguan.cfk.efficiency.Grade.D, 2025, true);
            case 1 -> new Allocation(cn.dongguan.cfk.efficiency.Grade.D, 2025, false);
            case 2 -> new Allocation(cn.dongguan.cfk.efficiency.Grade.A, 2025, true);
            default -> Allocation.NONE;
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
