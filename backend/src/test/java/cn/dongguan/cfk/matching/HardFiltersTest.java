package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.building;
import static cn.dongguan.cfk.matching.Fixtures.land;
import static cn.dongguan.cfk.matching.Fixtures.measures;
import static cn.dongguan.cfk.matching.Fixtures.need;
import static cn.dongguan.cfk.matching.Fixtures.parcel;
import static cn.dongguan.cfk.matching.Fixtures.pollution;
import static cn.dongguan.cfk.matching.Fixtures.power;
import static cn.dongguan.cfk.matching.Fixtures.space;
import static cn.dongguan.cfk.matching.Fixtures.unit;
import static cn.dongguan.cfk.matching.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.project.SiteRequirement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardFiltersTest {

    @ParameterizedTest(name = "a building allowing {0} and production of class {1}: passes {2}")
    @CsvSource({"丙,丙,true", "丙,丁,true", "丙,戊,true", "丙,乙,false", "丙,甲,false", "甲,甲,true", "戊,丁,false", "乙,丙,true"})
    void aBuildingHostsItsClassAndEveryLessHazardousOne(String allowed, String project, boolean passes) {
        SiteRequirement r = with(space(100, 1000), null, null, null, project, null);
        assertThat(HardFilter.FIRE_CLASS.building(building(allowed), need(r)) == null)
                .isEqualTo(passes);
    }

    @Test
    void anUnknownFireClassIsReportedAsUnknownAndNoClassNeededPassesAnything() {
        UnitFact u = unit(1, 1, 500);
        SiteRequirement r = with(space(100, 1000), null, null, null, "丙", null);
        assertThat(HardFilters.check(Candidate.units(building(null, u), List.of(u)), need(r)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.filter()).isEqualTo(HardFilter.FIRE_CLASS);
                    assertThat(f.unknown()).isTrue();
                });
        assertThat(HardFilter.FIRE_CLASS.building(building(null), need(space(100, 1000))))
                .isNull();
    }

    @ParameterizedTest(name = "pollution class {0} on {1}: {2}")
    @CsvSource({
        "1,M0,true",
        "1,M1,true",
        "1,M3,true",
        "1,W,false",
        "2,M1,false",
        "2,M0,false",
        "2,M2,true",
        "2,M3,true",
        "3,M2,false",
        "3,M3,true",
        "3,W,false",
        ",M1,true",
        ",W,false"
    })
    void planningUseFollowsThePollutionClass(Integer pollutionClass, String use, boolean allowed) {
        assertThat(HardFilter.planningUseAllowed(use, pollutionClass)).isEqualTo(allowed);
    }

    @Test
    void missingMeasurementsAreUnknownNeverZero() {
        SiteRequirement r = with(space(100, 1000), 6.0, 800.0, 300.0, null, 30.0);
        UnitFact blank = power(measures(unit(1, 1, 500), null, null, null), null);
        List<Failure> set = HardFilters.check(Candidate.units(building("丙", blank), List.of(blank)), need(r));
        assertThat(set)
                .extracting(Failure::filter)
                .containsExactly(HardFilter.CEILING_HEIGHT, HardFilter.FLOOR_LOAD, HardFilter.POWER, HardFilter.RENT);
        assertThat(set).allMatch(Failure::unknown);
        assertThat(HardFilters.usable(blank, need(r))).isFalse();
        assertThat(HardFilters.nearlyUsable(blank, need(r))).isTrue();
    }

    @Test
    void knownPowerEnoughOnItsOwnPassesWhateverTheUnknownUnits() {
        SiteRequirement r = with(space(100, 2000), null, null, 500.0, null, null);
        UnitFact strong = power(unit(1, 1, 500), 630.0);
        UnitFact unknown = power(unit(2, 1, 500), null);
        UnitFact weak = power(unit(3, 1, 500), 100.0);
        assertThat(HardFilters.check(
                        Candidate.units(building("丙", strong, unknown), List.of(strong, unknown)), need(r)))
                .isEmpty();
        assertThat(HardFilters.check(Candidate.units(building("丙", weak, unknown), List.of(weak, unknown)), need(r)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.filter()).isEqualTo(HardFilter.POWER);
                    assertThat(f.unknown()).isTrue();
                });
        assertThat(HardFilters.check(Candidate.units(building("丙", weak), List.of(weak)), need(r)))
                .singleElement()
                .satisfies(f -> assertThat(f.unknown()).isFalse());
    }

    @Test
    void aParcelIsOfferedByTheNeededByDateOnlyWhenItsSupplyDateIsKnownAndNoLater() {
        LocalDate neededBy = LocalDate.of(2026, 6, 1);
        Need n = need(pollution(land(5, 20), 1, neededBy));
        assertThat(HardFilters.parcelPasses(parcel(1, 10, "M1", "AVAILABLE", null), n))
                .isTrue();
        assertThat(HardFilters.parcelPasses(parcel(1, 10, "M1", "AVAILABLE", neededBy.plusDays(1)), n))
                .isFalse();
        assertThat(HardFilters.parcelPasses(parcel(1, 10, "M1", "RESERVE", neededBy), n))
                .isTrue();
        assertThat(HardFilter.AVAILABILITY.parcel(parcel(1, 10, "M1", "RESERVE", null), n))
                .satisfies(m -> assertThat(m.unknown()).isTrue());
        assertThat(HardFilters.parcelPasses(parcel(1, 10, "M1", "SUPPLIED", null), n))
                .isFalse();
    }

    @Test
    void theCountOfParcelFailuresIsTheNumberOfFailedFiltersCheckReports() {
        Need n = need(pollution(land(5, 20), 2, LocalDate.of(2026, 6, 1)));
        List<ParcelFact> parcels = List.of(
                parcel(1, 10, "M1", "AVAILABLE", null),
                parcel(2, 30, "M2", "RESERVE", null),
                parcel(3, 3, "W", "SUPPLIED", null),
                parcel(4, 12, "M3", "AVAILABLE", LocalDate.of(2026, 5, 1)));
        for (ParcelFact p : parcels) {
            Candidate c = Candidate.parcels(List.of(p), 0);
            assertThat(HardFilters.failureCount(c, n))
                    .as(p.parcelNo())
                    .isEqualTo(HardFilters.check(c, n).size());
        }
        Candidate group = Candidate.parcels(parcels, 5);
        assertThat(HardFilters.failureCount(group, n))
                .isEqualTo(HardFilters.check(group, n).size());
    }

    @Test
    void theMuRangeIsComparedExactly() {
        Need n = need(land(8, 10));
        ParcelFact justUnder = new ParcelFact(
                1,
                "X",
                null,
                "DONGCHENG",
                Fixtures.bd(5333.33),
                "M1",
                "AVAILABLE",
                null,
                "READY",
                null,
                0,
                0,
                ParcelFact.StandardLand.NONE);
        ParcelFact justOver = new ParcelFact(
                2,
                "Y",
                null,
                "DONGCHENG",
                Fixtures.bd(5333.34),
                "M1",
                "AVAILABLE",
                null,
                "READY",
                null,
                0,
                0,
                ParcelFact.StandardLand.NONE);
        assertThat(HardFilters.failureCount(Candidate.parcels(List.of(justUnder), 0), n))
                .isOne();
        assertThat(HardFilters.failureCount(Candidate.parcels(List.of(justOver), 0), n))
                .isZero();
    }
}
