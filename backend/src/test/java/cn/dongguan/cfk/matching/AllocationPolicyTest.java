package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.CLOCK;
import static cn.dongguan.cfk.matching.Fixtures.building;
import static cn.dongguan.cfk.matching.Fixtures.land;
import static cn.dongguan.cfk.matching.Fixtures.parcel;
import static cn.dongguan.cfk.matching.Fixtures.space;
import static cn.dongguan.cfk.matching.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.efficiency.Grade;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The differentiated-allocation policy's switch (cfk.efficiency.policy.d-grade-no-new-land): on, a
 * D-grade enterprise's parcel sites fail the grade rule as near misses; off, or for another grade,
 * they pass; floor space is never affected.
 */
class AllocationPolicyTest {

    private final Candidate parcels = Candidate.parcels(
            List.of(parcel(1, 10, "M1", "AVAILABLE", null), parcel(2, 6, "M1", "AVAILABLE", null)), 0);

    @Test
    void onADGradeEnterpriseGetsNoLandAndTheParcelsAreNearMissesNamingTheRule() {
        Need n = new Need(land(5, 20), CLOCK, Names.NONE, new Allocation(Grade.D, 2025, true));
        assertThat(HardFilters.passes(parcels, n)).isFalse();
        assertThat(HardFilters.near(parcels, n)).isTrue();
        assertThat(HardFilters.check(parcels, n)).singleElement().satisfies(f -> {
            assertThat(f.filter()).isEqualTo(HardFilter.EFFICIENCY_GRADE);
            assertThat(f.filter().key()).isEqualTo("efficiencyGrade");
            assertThat(f.reasonZh()).isEqualTo("项目企业 2025 年度亩均效益评价为 D 类：按差别化配置政策，不安排新增用地");
            assertThat(f.reasonEn()).contains("graded D", "2025", "not eligible for new land");
        });
    }

    @Test
    void offOrAnotherGradeTheSameLandPasses() {
        for (Allocation a :
                List.of(new Allocation(Grade.D, 2025, false), new Allocation(Grade.C, 2025, true), Allocation.NONE)) {
            assertThat(HardFilters.passes(parcels, new Need(land(5, 20), CLOCK, Names.NONE, a)))
                    .as(a.toString())
                    .isTrue();
        }
    }

    @Test
    void floorSpaceIsNotAffected() {
        BuildingFact b = building("丙", unit(1, 1, 1200));
        Candidate units = Candidate.units(b, b.units());
        Need n = new Need(space(1000, 2000), CLOCK, Names.NONE, new Allocation(Grade.D, 2025, true));
        assertThat(HardFilters.check(units, n)).extracting(Failure::filter).doesNotContain(HardFilter.EFFICIENCY_GRADE);
    }
}
