package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.project.SiteKind;
import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.reference.ReferenceData;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.Units;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.MutableClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * docs/matching.md claims the bounded candidate search is exact: pruning in SQL and opening buildings
 * best bound first, a few at a time, finds the same best sites as looking at every building and
 * parcel. Proved here on a park of the test's own (rolled back afterwards): for generated
 * requirements limited to that park, the matcher's answer (with batches of 1 to 48 buildings) equals
 * an exhaustive search in Java over the same rows, and the SQL conditions the filters declare keep
 * exactly the units, and at least the parcels, that the Java checks pass or nearly pass.
 */
@IntegrationTest
@Transactional
class CandidateSearchExactnessTest {

    private static final String PARK = "DG-P97";
    private static final String TOWN = "QINGXI";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchQueries queries;

    @Autowired
    ReferenceData reference;

    @Autowired
    Matcher matcher;

    @Autowired
    MutableClock clock;

    private final Random random = new Random(97);
    /** Apart from {@code random}, so that the requirements drawn stay those of the rounds before the policy. */
    private final Random policy = new Random(16);
    /** The round's allocation policy: now and then a D-grade enterprise kept off new land. */
    private Allocation allocation = Allocation.NONE;

    private Instant now;
    private LocalDate today;
    private final List<Long> buildingIds = new ArrayList<>();
    private final List<Long> parcelIds = new ArrayList<>();

    @BeforeEach
    void aParkOfItsOwn() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.pin(now);
        today = MatchClock.of(clock).today();
        double[] spot = new SiteFixtures(jdbc).clearSpot(TOWN);
        double x = spot[0];
        double y = spot[1];
        jdbc.sql("""
                INSERT INTO park (code, name, level, geom)
                VALUES (:code, '精确性测试园区', '市级',
                        ST_Multi(ST_Transform(ST_MakeEnvelope(:x - 700, :y - 700, :x + 700, :y + 700, 4547), 4326)))""").param("code", PARK).param("x", x).param("y", y).update();
        for (int i = 0; i < 36; i++) {
            buildingIds.add(building(x - 300 + 100 * (i % 6), y + 20 + 70 * (i / 6)));
        }
        double px = x - 300;
        for (int cluster = 0; cluster < 8; cluster++) {
            double py = y - 150 - 140 * (cluster / 4);
            double cx = px + 150 * (cluster % 4);
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                double width = pickDouble(25, 35, 50);
                parcelIds.add(parcel(cx, py, width));
                cx += width + pickDouble(0, 0, 6);
            }
        }
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void theBoundedSearchFindsWhatLookingEverywhereFinds() {
        int compared = 0;
        int withUnits = 0;
        int withParcels = 0;
        for (int round = 0; round < 24; round++) {
            SiteRequirement r = requirement();
            MatchClock at = MatchClock.of(clock);
            allocation = policy.nextInt(5) == 0
                    ? new Allocation(cn.dongguan.cfk.efficiency.Grade.D, 2025, true)
                    : new Allocation(policy.nextBoolean() ? cn.dongguan.cfk.efficiency.Grade.A : null, 2025, true);
            Need n = new Need(r, at, Names.NONE, allocation);
            Weights weights = random.nextBoolean()
                    ? Weights.DEFAULT
                    : Weights.parse("area:40,cost:10,industry:10,location:10,readiness:15,freshness:15");
            int limit = pickInt(1, 3, 5, 8);
            String what = "round " + round + ": " + r;

            if (r.siteKind().wantsSpace()) {
                theUnitConditionsKeepExactlyWhatJavaPasses(n, what);
            }
            if (r.siteKind().wantsLand()) {
                theParcelConditionsKeepAllThatJavaPassesOrNearlyPasses(n, what);
            }

            List<String> expected = everywhere(r, weights, limit, at);
            for (Matcher m : List.of(matcher, new Matcher(queries, reference, 1), new Matcher(queries, reference, 3))) {
                Matcher.Result found = m.match(r, weights, limit, at, allocation);
                assertThat(found.items().stream().map(e -> e.candidate().id() + " " + e.total()))
                        .as(what)
                        .containsExactlyElementsOf(expected);
            }
            compared++;
            withUnits += expected.stream().filter(id -> id.startsWith("U")).count() > 0 ? 1 : 0;
            withParcels += expected.stream().filter(id -> id.startsWith("P")).count() > 0 ? 1 : 0;
        }
        assertThat(compared).isEqualTo(24);
        assertThat(withUnits).as("answers with units").isGreaterThan(8);
        assertThat(withParcels).as("answers with parcels").isGreaterThan(4);
    }

    /** The best {@code limit} sites of the park, every building and parcel looked at, as "id total". */
    private List<String> everywhere(SiteRequirement r, Weights weights, int limit, MatchClock at) {
        Need n = new Need(r, at, Names.NONE, allocation);
        List<Matcher.Evaluated> best = new ArrayList<>();
        if (r.siteKind().wantsSpace()) {
            for (BuildingFact b : queries.buildings(buildingIds)) {
                List<UnitFact> usable =
                        b.units().stream().filter(u -> HardFilters.usable(u, n)).toList();
                if (usable.isEmpty()) {
                    continue;
                }
                List<String> sets = UnitSetAssembler.sets(b, usable, r.minAreaM2(), r.maxAreaM2()).stream()
                        .map(Candidate::id)
                        .toList();
                bestPassing(r, weights, sets, at).ifPresent(best::add);
            }
        }
        if (r.siteKind().wantsLand()) {
            List<ParcelFact> parcels = queries.parcelsById(parcelIds);
            List<String> singles = parcels.stream().map(p -> "P" + p.id()).toList();
            for (Matcher.Evaluated e : evaluate(r, weights, singles, at)) {
                if (e.failures().isEmpty()) {
                    best.add(e);
                }
            }
            List<ParcelFact> groupable =
                    parcels.stream().filter(p -> HardFilters.parcelPasses(p, n)).toList();
            for (List<Candidate> cluster :
                    ParcelGroupAssembler.groups(groupable, neighbours(), r.minAreaMu(), r.maxAreaMu())) {
                bestPassing(r, weights, cluster.stream().map(Candidate::id).toList(), at)
                        .ifPresent(best::add);
            }
        }
        best.sort(Matcher.BY_SCORE);
        return best.subList(0, Math.min(limit, best.size())).stream()
                .map(e -> e.candidate().id() + " " + e.total())
                .toList();
    }

    private java.util.Optional<Matcher.Evaluated> bestPassing(
            SiteRequirement r, Weights weights, List<String> ids, MatchClock at) {
        return evaluate(r, weights, ids, at).stream()
                .filter(e -> e.failures().isEmpty())
                .min(Matcher.BY_SCORE);
    }

    private List<Matcher.Evaluated> evaluate(SiteRequirement r, Weights weights, List<String> ids, MatchClock at) {
        List<Matcher.Evaluated> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Matcher.MAX_LIMIT) {
            all.addAll(matcher.evaluate(
                            r, weights, ids.subList(i, Math.min(i + Matcher.MAX_LIMIT, ids.size())), at, allocation)
                    .items());
        }
        return all;
    }

    /** Parcels within 10 m of each other (geography distance), computed here rather than read from parcel_neighbour. */
    private Map<Long, Map<Long, Double>> neighbours() {
        Map<Long, Map<Long, Double>> result = new HashMap<>();
        jdbc.sql("""
                SELECT a.id AS a, b.id AS b, ST_Distance(a.geom::geography, b.geom::geography) AS m
                FROM parcel a JOIN parcel b ON a.id <> b.id
                WHERE a.id IN (:ids) AND b.id IN (:ids)
                  AND ST_Distance(a.geom::geography, b.geom::geography) <= 10""")
                .param("ids", parcelIds)
                .query((rs, i) -> result.computeIfAbsent(rs.getLong("a"), k -> new TreeMap<>())
                        .put(rs.getLong("b"), rs.getDouble("m")))
                .list();
        return result;
    }

    /**
     * The per-building aggregate counts exactly the units the Java checks pass ("strict": they bound
     * the scores) and nearly pass, and leaves out exactly the buildings that cannot even nearly pass.
     */
    private void theUnitConditionsKeepExactlyWhatJavaPasses(Need n, String what) {
        Map<Long, MatchQueries.BuildingBound> bounds = queries.buildingBounds(n).stream()
                .collect(Collectors.toMap(MatchQueries.BuildingBound::buildingId, b -> b));
        assertThat(buildingIds).as(what).containsAll(bounds.keySet());
        BigDecimal nearMin = n.requirement().minAreaM2().multiply(new BigDecimal("0.8"));
        for (BuildingFact b : queries.buildings(buildingIds)) {
            List<UnitFact> usable =
                    b.units().stream().filter(u -> HardFilters.usable(u, n)).toList();
            List<UnitFact> near = b.units().stream()
                    .filter(u -> HardFilters.nearlyUsable(u, n))
                    .toList();
            boolean buildingNear = java.util.Arrays.stream(HardFilter.values()).allMatch(f -> {
                Miss m = f.building(b, n);
                return m == null || m.near();
            });
            boolean expected = !near.isEmpty() && area(near).compareTo(nearMin) >= 0 && buildingNear;
            assertThat(bounds.containsKey(b.id()))
                    .as("%s: building %d", what, b.id())
                    .isEqualTo(expected);
            MatchQueries.BuildingBound bound = bounds.get(b.id());
            if (bound != null) {
                assertThat(bound.strictAreaM2()).as(what).isEqualByComparingTo(area(usable));
                assertThat(bound.nearAreaM2()).as(what).isEqualByComparingTo(area(near));
                assertThat(bound.strictKnownPowerKva())
                        .as(what)
                        .isEqualTo(usable.stream()
                                .filter(u -> u.powerKva() != null)
                                .mapToDouble(UnitFact::powerKva)
                                .sum());
            }
        }
    }

    /** The parcels read are at least those that pass (for groups) or nearly pass on their own. */
    private void theParcelConditionsKeepAllThatJavaPassesOrNearlyPasses(Need n, String what) {
        Set<Long> offered =
                queries.offeredParcels(n).stream().map(ParcelFact::id).collect(Collectors.toSet());
        assertThat(parcelIds).as(what).containsAll(offered);
        for (ParcelFact p : queries.parcelsById(parcelIds)) {
            boolean groupable = HardFilters.parcelPasses(p, n)
                    && !Units.aboveMu(p.areaM2(), n.requirement().maxAreaMu());
            boolean nearAlone = HardFilters.near(Candidate.parcels(List.of(p), 0), n);
            if (groupable || nearAlone) {
                assertThat(offered).as("%s: parcel %s", what, p.parcelNo()).contains(p.id());
            }
        }
    }

    private static BigDecimal area(List<UnitFact> units) {
        return units.stream().map(UnitFact::vacantAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- the park's data and the requirements -------------------------------------------------

    private long building(double x, double y) {
        String fire =
                random.nextInt(6) == 0 ? null : pick(FireHazardClass.codes().toArray(String[]::new));
        int floors = 1 + random.nextInt(4);
        long id = jdbc.sql("""
                INSERT INTO building (park_code, town_code, name, type, floors, floor_area_m2, fire_hazard_class, geom)
                VALUES (:park, :town, '精确性测试楼', '多层厂房', :floors, 3000 * :floors, :fire,
                        ST_Transform(ST_MakeEnvelope(:x - 25, :y - 20, :x + 25, :y + 20, 4547), 4326))
                RETURNING id""")
                .param("park", PARK)
                .param("town", TOWN)
                .param("floors", floors)
                .param("fire", fire)
                .param("x", x)
                .param("y", y)
                .query(Long.class)
                .single();
        for (int floor = 1; floor <= floors; floor++) {
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                unit(id, floor);
            }
        }
        return id;
    }

    private void unit(long building, int floor) {
        double area = pickDouble(400, 600, 900, 1200);
        double vacant = pickDouble(area, area, area / 2, 0);
        String status = vacant > 0 ? pick("VACANT", "VACANT", "VACANT", "RESERVED") : pick("OCCUPIED", "RESERVED");
        Duration age = Duration.ofDays(pickInt(1, 20, 59, 61, 100, 119, 120, 121));
        jdbc.sql("""
                INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, vacant_area_m2, ceiling_height_m,
                                        floor_load_kg_m2, power_kva, rent_yuan_m2_month, status, available_from,
                                        last_confirmed_at)
                VALUES (:building, :floor, :floor, :area, :vacant, :ceiling, :load, :power, :rent, :status, :from,
                        :confirmed)""")
                .param("building", building)
                .param("floor", floor)
                .param("area", area)
                .param("vacant", vacant)
                .param("ceiling", maybe(4.5, 6, 8))
                .param("load", maybe(500, 800, 1200))
                .param("power", maybe(100, 250, 500))
                .param("rent", maybe(15, 20, 28, 35))
                .param("status", status)
                .param("from", random.nextBoolean() ? null : today.plusDays(pickInt(-10, 20, 60, 150)))
                .param("confirmed", Timestamp.from(now.minus(age)))
                .update();
    }

    private long parcel(double x, double y, double width) {
        return jdbc.sql("""
                INSERT INTO parcel (parcel_no, park_code, town_code, geom, area_m2, planning_use, status, development_state,
                                    reference_price_wan_yuan, earliest_supply_date, min_investment_wan_yuan_mu,
                                    min_tax_wan_yuan_mu, min_output_wan_yuan_mu, max_energy_tce_wan_yuan)
                SELECT 'EXACT-' || nextval('parcel_id_seq'), :park, :town, g, round(ST_Area(g::geography)::numeric, 2),
                       :use, :status, :state, :price, :supply, :minInvest, :minTax, :minOutput, :maxEnergy
                FROM (SELECT ST_Multi(ST_Transform(ST_MakeEnvelope(:x, :y, :x1, :y + 100, 4547), 4326)) AS g) s
                RETURNING id""")
                .param("park", PARK)
                .param("town", TOWN)
                .param("x", x)
                .param("x1", x + width)
                .param("y", y)
                .param("use", pick("M0", "M1", "M2", "M3", "M3", "W"))
                .param("status", pick("AVAILABLE", "AVAILABLE", "AVAILABLE", "RESERVE", "SUPPLIED"))
                .param("state", pick("READY", "RAW"))
                .param("price", random.nextBoolean() ? null : pickInt(200, 400, 900))
                .param("supply", random.nextInt(3) == 0 ? null : today.plusDays(pickInt(-30, 40, 120, 250)))
                .param("minInvest", decimal(maybe(100, 300, 500)))
                .param("minTax", decimal(maybe(10, 25, 40)))
                .param("minOutput", decimal(maybe(200, 600, 1200)))
                .param("maxEnergy", decimal(maybe(0.02, 0.05, 0.1)))
                .query(Long.class)
                .single();
    }

    private SiteRequirement requirement() {
        SiteKind kind = pick(SiteKind.values());
        BigDecimal minM2 = BigDecimal.valueOf(pickInt(400, 800, 1500, 3000));
        BigDecimal minMu = BigDecimal.valueOf(pickInt(3, 5, 8, 12));
        return new SiteRequirement(
                kind,
                minM2,
                minM2.multiply(BigDecimal.valueOf(pickDouble(1.3, 2, 4))),
                minMu,
                minMu.multiply(BigDecimal.valueOf(pickDouble(1.2, 2, 3))),
                decimal(maybe(4.5, 6)),
                decimal(maybe(500, 800)),
                decimal(maybe(200, 500)),
                random.nextInt(3) == 0 ? null : pick(FireHazardClass.codes().toArray(String[]::new)),
                random.nextInt(3) == 0 ? null : 1 + random.nextInt(3),
                null,
                List.of(),
                List.of(PARK),
                true,
                decimal(maybe(20, 30)),
                random.nextBoolean() ? null : BigDecimal.valueOf(pickInt(1000, 5000)),
                random.nextInt(3) == 0 ? null : today.plusDays(pickInt(0, 30, 90, 200)),
                decimal(maybe(500, 2000, 6000)),
                decimal(maybe(50, 200, 600)),
                decimal(maybe(1000, 5000, 20000)),
                decimal(maybe(50, 300, 1500)),
                null);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private Double maybe(double... values) {
        return random.nextInt(4) == 0 ? null : pickDouble(values);
    }

    private double pickDouble(double... values) {
        return values[random.nextInt(values.length)];
    }

    private int pickInt(int... values) {
        return values[random.nextInt(values.length)];
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
