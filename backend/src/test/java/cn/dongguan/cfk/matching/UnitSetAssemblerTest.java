package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.bd;
import static cn.dongguan.cfk.matching.Fixtures.building;
import static cn.dongguan.cfk.matching.Fixtures.occupied;
import static cn.dongguan.cfk.matching.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitSetAssemblerTest {

    @Test
    void consecutiveFloorsAreTakenUntilTheMinimumIsReachedWithinTheRange() {
        BuildingFact b = building("丙", unit(1, 1, 1000), unit(2, 2, 1000), unit(3, 3, 1000), unit(4, 4, 1000));
        List<Candidate> sets = UnitSetAssembler.sets(b, b.units(), bd(1800), bd(2200));
        assertThat(sets).extracting(Candidate::id).containsExactly("U1-2", "U2-3", "U3-4");
    }

    @Test
    void aFloorTooLargeForTheRangeIsTakenInPart() {
        BuildingFact b = building("丙", unit(1, 1, 1200), unit(2, 1, 900), unit(3, 1, 700));
        List<Candidate> sets = UnitSetAssembler.sets(b, b.units(), bd(1500), bd(2000));
        assertThat(sets).extracting(Candidate::id).containsExactlyInAnyOrder("U1-3", "U2-3");
        assertThat(sets)
                .allMatch(c -> c.totalAreaM2().compareTo(bd(1500)) >= 0
                        && c.totalAreaM2().compareTo(bd(2000)) <= 0);
    }

    @Test
    void floorsWithNothingUsableAreSkippedAndTheSetIsMarkedNotAdjacent() {
        BuildingFact b = building("丙", unit(1, 1, 900), occupied(2, 2, 900), unit(3, 3, 900));
        List<Candidate> sets =
                UnitSetAssembler.sets(b, List.of(b.units().get(0), b.units().get(2)), bd(1500), bd(2000));
        assertThat(sets).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("U1-3");
            assertThat(Measures.of(c).adjacentFloors()).isFalse();
            assertThat(Measures.of(c).floorsText()).isEqualTo("1、3");
        });
    }

    @Test
    void whenNothingReachesTheMinimumAllUsableUnitsAreOfferedAsOneNearMiss() {
        BuildingFact b = building("丙", unit(1, 1, 500), unit(2, 2, 600));
        assertThat(UnitSetAssembler.sets(b, b.units(), bd(2000), bd(3000)))
                .singleElement()
                .satisfies(c -> assertThat(c.totalAreaM2()).isEqualByComparingTo("1100"));
    }

    @Test
    void wholeFloorsAreRecognisedOnlyWhenEveryUnitOnTheFloorIsTakenAndFullyVacant() {
        UnitFact a = unit(1, 1, 1000);
        UnitFact b1 = unit(2, 2, 500);
        BuildingFact b = building("丙", a, b1, occupied(3, 2, 500));
        assertThat(Measures.of(Candidate.units(b, List.of(a))).wholeFloorShare())
                .isEqualTo(1.0);
        assertThat(Measures.of(Candidate.units(b, List.of(a, b1))).wholeFloorShare())
                .isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    }
}
