package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.CLOCK;
import static cn.dongguan.cfk.matching.Fixtures.bd;
import static cn.dongguan.cfk.matching.Fixtures.space;
import static cn.dongguan.cfk.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.dongguan.cfk.project.SiteKind;
import cn.dongguan.cfk.project.SiteRequirement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static Scorer scorer(SiteRequirement r, Weights w) {
        return new Scorer(
                r, w, CLOCK, Names.NONE, Set.of(), IndustryNeighbours.NONE, PreferredPlaces.NONE, Allocation.NONE);
    }

    @Test
    void aAndBScoreHigherOnTheGradeCriterionNotEvaluatedNeutral() {
        assertThat(Scorer.grade(cn.dongguan.cfk.efficiency.Grade.A))
                .isGreaterThan(Scorer.grade(cn.dongguan.cfk.efficiency.Grade.B));
        assertThat(Scorer.grade(cn.dongguan.cfk.efficiency.Grade.B)).isGreaterThan(Scorer.grade(null));
        assertThat(Scorer.grade(null))
                .isEqualTo(Scorer.NEUTRAL)
                .isGreaterThan(Scorer.grade(cn.dongguan.cfk.efficiency.Grade.C));
        assertThat(Scorer.grade(cn.dongguan.cfk.efficiency.Grade.C))
                .isGreaterThan(Scorer.grade(cn.dongguan.cfk.efficiency.Grade.D));
    }

    @Test
    void areaFitsBestInTheMiddleOfTheRangeAndAtMostHalfOutsideIt() {
        assertThat(Scorer.areaFit(1500, 1000, 2000)).isEqualTo(1.0);
        assertThat(Scorer.areaFit(1000, 1000, 2000)).isEqualTo(0.75);
        assertThat(Scorer.areaFit(2000, 1000, 2000)).isEqualTo(0.75);
        assertThat(Scorer.areaFit(900, 1000, 2000)).isLessThanOrEqualTo(0.5);
        assertThat(Scorer.areaFit(2100, 1000, 2000)).isLessThanOrEqualTo(0.5);
        assertThat(Scorer.areaFit(1000, 1000, 1000)).isEqualTo(1.0);
    }

    @Test
    void costFallsFromAHundredAtSixtyPercentOfTheLimitToFiftyAtTheLimitAndZeroAtOneAndAHalf() {
        assertThat(Scorer.relativeCost(12.0, 20.0, 10, 45)).isEqualTo(100);
        assertThat(Scorer.relativeCost(20.0, 20.0, 10, 45)).isEqualTo(50);
        assertThat(Scorer.relativeCost(30.0, 20.0, 10, 45)).isZero();
        assertThat(Scorer.relativeCost(null, 20.0, 10, 45)).isEqualTo(Scorer.NEUTRAL);
        assertThat(Scorer.relativeCost(10.0, null, 10, 45)).isEqualTo(100);
        assertThat(Scorer.relativeCost(45.0, null, 10, 45)).isZero();
        int last = 101;
        for (double rent = 0; rent <= 60; rent += 0.5) {
            int score = Scorer.relativeCost(rent, 30.0, 10, 45);
            assertThat(score).isLessThanOrEqualTo(last);
            last = score;
        }
    }

    @Test
    void recentlyConfirmedRanksHigherAndStaleListingsRankLower() {
        long stale = CLOCK.staleDays();
        long hidden = CLOCK.hiddenDays();
        assertThat(stale).isEqualTo(60);
        assertThat(hidden).isEqualTo(120);
        assertThat(Scorer.freshness(0, stale, hidden)).isEqualTo(100);
        assertThat(Scorer.freshness(60, stale, hidden)).isEqualTo(40);
        assertThat(Scorer.freshness(61, stale, hidden)).isLessThan(40);
        assertThat(Scorer.freshness(120, stale, hidden)).isZero();
        assertThat(Scorer.readiness(0)).isEqualTo(100);
        assertThat(Scorer.readiness(90)).isEqualTo(70);
        assertThat(Scorer.readiness(400)).isEqualTo(40);
    }

    @Test
    void theTotalIsTheWeightedSumOfTheCriteria() {
        SiteRequirement r = with(space(1000, 2000), null, null, null, null, 25.0);
        Weights w = Weights.parse("area:40,cost:30,industry:0,location:10,readiness:10,freshness:10");
        Scorer scorer = scorer(r, w);
        UnitFact u = Fixtures.unit(1, 1, 1500);
        Measures m = Measures.of(Candidate.units(Fixtures.building("丙", u), List.of(u)));
        int[] scores = scorer.scores(m);
        double sum = 0;
        List<Criterion> criteria = scorer.explain(m, scores);
        for (Criterion c : criteria) {
            sum += c.weight() * c.score() / 100;
            assertThat(c.reasonZh()).isNotBlank();
            assertThat(c.reasonEn()).isNotBlank();
        }
        assertThat(scorer.total(scores)).isCloseTo(sum, within(0.05));
        assertThat(criteria).extracting(Criterion::name).containsExactlyElementsOf(Weights.NAMES);
    }

    @Test
    void aWholeFloorScoresBetterOnAreaThanTheSameAreaInPartsOfTwoFloors() {
        SiteRequirement r = space(2800, 3400);
        Scorer scorer = scorer(r, Weights.DEFAULT);
        UnitFact whole = Fixtures.unit(1, 1, 3000);
        UnitFact partA = Fixtures.unit(2, 2, 1500);
        UnitFact partB = Fixtures.unit(4, 3, 1500);
        BuildingFact b = Fixtures.building(
                "丙", whole, partA, Fixtures.occupied(3, 2, 1500), partB, Fixtures.occupied(5, 3, 1500));
        int wholeArea = scorer.scores(Measures.of(Candidate.units(b, List.of(whole))))[0];
        int partsArea = scorer.scores(Measures.of(Candidate.units(b, List.of(partA, partB))))[0];
        assertThat(wholeArea).isGreaterThan(partsArea);
    }

    /**
     * The bound matching uses to skip buildings: no set of a building's units may score above the
     * bound computed from the lowest rent, earliest availability and latest confirmation among them.
     */
    @Test
    void noSetScoresAboveItsBuildingsUpperBound() {
        Random random = new Random(20251127);
        for (int round = 0; round < 200; round++) {
            SiteRequirement r = with(
                    space(500 + random.nextInt(2000), 3000 + random.nextInt(3000)),
                    null,
                    null,
                    null,
                    null,
                    random.nextBoolean() ? null : 15.0 + random.nextInt(30));
            Scorer scorer = scorer(r, Weights.DEFAULT);
            List<UnitFact> units = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                double area = 200 + random.nextInt(3000);
                Double rent = random.nextInt(10) == 0 ? null : 10.0 + random.nextInt(40);
                LocalDate available =
                        random.nextBoolean() ? null : CLOCK.today().plusDays(random.nextInt(200) - 20);
                Instant confirmed = CLOCK.now().minusSeconds(86_400L * random.nextInt(120));
                units.add(new UnitFact(
                        i + 1,
                        1,
                        1 + random.nextInt(4),
                        0,
                        bd(area),
                        bd(area),
                        6.0,
                        1000.0,
                        400.0,
                        rent,
                        "VACANT",
                        available,
                        confirmed,
                        null));
            }
            units.replaceAll(u -> new UnitFact(
                    u.id(),
                    1,
                    u.floorFrom(),
                    u.floorFrom(),
                    u.areaM2(),
                    u.vacantAreaM2(),
                    6.0,
                    1000.0,
                    400.0,
                    u.rentYuanM2Month(),
                    "VACANT",
                    u.availableFrom(),
                    u.lastConfirmedAt(),
                    null));
            BuildingFact b = new BuildingFact(1, "B", null, "DONGCHENG", "丙", 0, 0, units);
            Double lowestRent = units.stream()
                    .map(UnitFact::rentYuanM2Month)
                    .filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            boolean unknownRent = units.stream().anyMatch(u -> u.rentYuanM2Month() == null);
            LocalDate earliest = units.stream()
                    .map(u -> u.availableFrom() == null ? LocalDate.MIN : u.availableFrom())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Instant latest = units.stream()
                    .map(UnitFact::lastConfirmedAt)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            double bound = scorer.upperBound(
                    b.site(), lowestRent, unknownRent, earliest == LocalDate.MIN ? null : earliest, latest);
            for (Candidate c : UnitSetAssembler.sets(b, units, r.minAreaM2(), r.maxAreaM2())) {
                assertThat(scorer.total(scorer.scores(Measures.of(c))))
                        .as("round %d, %s", round, c.id())
                        .isLessThanOrEqualTo(bound);
            }
        }
    }

    @Test
    void locationIsFullInsideAPreferredPlaceAndFallsWithDistance() {
        SiteRequirement r = new SiteRequirement(
                SiteKind.SPACE,
                bd(100),
                bd(200),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("DONGCHENG"),
                List.of(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        PreferredPlaces places = new PreferredPlaces(
                List.of(new PreferredPlaces.Area(
                        PreferredPlaces.Kind.TOWN,
                        "DONGCHENG",
                        new org.locationtech.jts.geom.GeometryFactory()
                                .toGeometry(new org.locationtech.jts.geom.Envelope(0, 1000, 0, 1000)))),
                null);
        Scorer scorer = new Scorer(
                r,
                Weights.DEFAULT,
                CLOCK,
                new Names(Map.of("DONGCHENG", new String[] {"东城街道", "Dongcheng"}), Map.of(), Map.of()),
                Set.of(),
                IndustryNeighbours.NONE,
                places,
                Allocation.NONE);
        UnitFact u = Fixtures.unit(1, 1, 150);
        int inside = scorer.scores(Measures.of(
                Candidate.units(new BuildingFact(1, "B", null, "DONGCHENG", "丙", 500, 500, List.of(u)), List.of(u))))[
                3];
        int near = scorer.scores(Measures.of(
                Candidate.units(new BuildingFact(1, "B", null, "NANCHENG", "丙", 3000, 500, List.of(u)), List.of(u))))[
                3];
        int far = scorer.scores(Measures.of(
                Candidate.units(new BuildingFact(1, "B", null, "NANCHENG", "丙", 30000, 500, List.of(u)), List.of(u))))[
                3];
        assertThat(inside).isEqualTo(100);
        assertThat(near).isEqualTo(90);
        assertThat(far).isZero();
    }
}
