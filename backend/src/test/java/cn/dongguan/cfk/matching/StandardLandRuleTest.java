package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.bd;
import static cn.dongguan.cfk.matching.Fixtures.land;
import static cn.dongguan.cfk.matching.Fixtures.need;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.project.SiteRequirement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 标准地 hard filters on plain facts: exact at the limit, strictest member of a group, always near. */
class StandardLandRuleTest {

    private static ParcelFact standard(long id, double mu, Double minInvest, Double maxEnergy) {
        ParcelFact p = Fixtures.parcel(id, mu, "M1", "AVAILABLE", null);
        return new ParcelFact(
                p.id(),
                p.parcelNo(),
                p.parkCode(),
                p.townCode(),
                p.areaM2(),
                p.planningUse(),
                p.status(),
                p.earliestSupplyDate(),
                p.developmentState(),
                p.referencePriceWanYuan(),
                p.x(),
                p.y(),
                new ParcelFact.StandardLand(
                        minInvest == null ? null : BigDecimal.valueOf(minInvest),
                        null,
                        null,
                        maxEnergy == null ? null : BigDecimal.valueOf(maxEnergy)));
    }

    private static SiteRequirement planned(Double investment, Double output, Double energy) {
        SiteRequirement r = land(1, 100);
        return new SiteRequirement(
                r.siteKind(),
                r.minAreaM2(),
                r.maxAreaM2(),
                r.minAreaMu(),
                r.maxAreaMu(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                null,
                null,
                investment == null ? null : bd(investment),
                null,
                output == null ? null : bd(output),
                energy == null ? null : bd(energy),
                null);
    }

    @Test
    void intensityAtTheMinimumPassesAndAHairBelowIsANearMissWithBothNumbers() {
        Candidate site = Candidate.parcels(List.of(standard(1, 15, 300.0, null)), 0);
        assertThat(HardFilter.INVESTMENT_INTENSITY.site(site, need(planned(4500.0, null, null))))
                .isNull();
        Miss miss = HardFilter.INVESTMENT_INTENSITY.site(site, need(planned(4499.0, null, null)));
        assertThat(miss).isNotNull();
        assertThat(miss.near()).isTrue();
        assertThat(miss.unknown()).isFalse();
        assertThat(miss.reason().zh()).isEqualTo("投资强度 299.93 万元/亩，低于标准地要求的 300 万元/亩");
    }

    @Test
    void aGroupSpreadsTheInvestmentOverItsAreaAndKeepsItsStrictestMembersMinimum() {
        // 15 + 3 亩; the second parcel asks 300, the first 200
        Candidate group = Candidate.parcels(List.of(standard(1, 15, 200.0, null), standard(2, 3, 300.0, null)), 0);
        assertThat(HardFilter.INVESTMENT_INTENSITY.site(group, need(planned(5400.0, null, null))))
                .isNull();
        Miss miss = HardFilter.INVESTMENT_INTENSITY.site(group, need(planned(4500.0, null, null)));
        assertThat(miss.reason().zh()).isEqualTo("投资强度 250 万元/亩，低于标准地要求的 300 万元/亩（地块 DG2025-T-2）");
        assertThat(HardFilters.failureCount(group, need(planned(4500.0, null, null))))
                .isEqualTo(1);
        assertThat(HardFilters.near(group, need(planned(1.0, null, null)))).isTrue();
    }

    @Test
    void energyPerOutputIsCheckedAgainstTheMaximumAndNeedsAnOutput() {
        Candidate site = Candidate.parcels(List.of(standard(1, 15, null, 0.05)), 0);
        assertThat(HardFilter.ENERGY_PER_OUTPUT.site(site, need(planned(null, 1000.0, 50.0))))
                .isNull();
        assertThat(HardFilter.ENERGY_PER_OUTPUT
                        .site(site, need(planned(null, 1000.0, 51.0)))
                        .reason()
                        .en())
                .isEqualTo("Energy use per output 0.051 tce/万元, above the 0.05 tce/万元 the standard land allows");
        Need noOutput = need(planned(null, null, 51.0));
        assertThat(HardFilter.ENERGY_PER_OUTPUT.site(site, noOutput)).isNull();
        assertThat(HardFilters.unchecked(site, noOutput))
                .extracting(MatchResponse.UncheckedFilter::filter)
                .containsExactly("energyPerOutput");
    }

    @Test
    void landWithoutIndicatorsAndFloorSpaceAreNeverCheckedOrNoted() {
        Candidate plain = Candidate.parcels(List.of(Fixtures.parcel(1, 15, "M1", "AVAILABLE", null)), 0);
        Need needy = need(planned(1.0, 1.0, 1.0));
        assertThat(HardFilter.INVESTMENT_INTENSITY.site(plain, needy)).isNull();
        assertThat(HardFilters.unchecked(plain, need(planned(null, null, null))))
                .isEmpty();
        Candidate units =
                Candidate.units(Fixtures.building("丙", Fixtures.unit(1, 1, 500)), List.of(Fixtures.unit(1, 1, 500)));
        assertThat(HardFilter.INVESTMENT_INTENSITY.site(units, needy)).isNull();
        assertThat(HardFilters.unchecked(units, needy)).isEmpty();
    }
}
