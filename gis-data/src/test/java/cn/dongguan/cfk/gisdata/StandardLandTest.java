package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 标准地 in the sample data (issue 16): most land on offer carries indicators, some projects planned figures. */
class StandardLandTest {

    private final List<SampleFiles.Feature> parcels = SampleFiles.features("parcels.geojson");
    private final List<JsonNode> projects = SampleFiles.records("projects.json");

    @Test
    void mostParcelsOnOfferCarryTheFourIndicatorsAndWarehouseLandNone() {
        List<SampleFiles.Feature> available = parcels.stream()
                .filter(p -> "AVAILABLE".equals(p.text("status")))
                .toList();
        long withIndicators = available.stream()
                .filter(p -> p.text("minInvestmentWanYuanMu") != null)
                .count();
        assertThat(withIndicators).isGreaterThan(available.size() * 6 / 10);
        for (SampleFiles.Feature p : parcels) {
            if (p.text("minInvestmentWanYuanMu") == null) {
                assertThat(p.text("minTaxWanYuanMu")).isNull();
                continue;
            }
            assertThat(p.text("planningUse")).isNotEqualTo("W");
            assertThat(Double.parseDouble(p.text("minInvestmentWanYuanMu"))).isBetween(250.0, 600.0);
            assertThat(Double.parseDouble(p.text("minTaxWanYuanMu"))).isBetween(15.0, 60.0);
            assertThat(Double.parseDouble(p.text("minOutputWanYuanMu"))).isBetween(400.0, 1500.0);
            assertThat(Double.parseDouble(p.text("maxEnergyTceWanYuan"))).isBetween(0.03, 0.12);
        }
        assertThat(parcels)
                .filteredOn(p -> "SUPPLIED".equals(p.text("status")))
                .anyMatch(p -> p.text("minInvestmentWanYuanMu") != null);
    }

    @Test
    void someLandProjectsStatePlannedFiguresAndSpaceProjectsNone() {
        long planned = projects.stream()
                .filter(p -> !p.get("plannedOutputWanYuanYear").isNull())
                .peek(p -> {
                    assertThat(p.get("siteKind").asString()).isNotEqualTo("SPACE");
                    assertThat(p.get("plannedTaxWanYuanYear").asDouble()).isPositive();
                    assertThat(p.get("plannedEnergyTceYear").isNull()).isFalse();
                })
                .count();
        assertThat(planned).isGreaterThan(0);
        assertThat(planned).isLessThan(projects.size());
    }
}
