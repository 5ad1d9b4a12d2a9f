package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnterprisesAndProjectsTest {

    private static final String DB_CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";

    private final List<JsonNode> enterprises = SampleFiles.records("enterprises.json");
    private final List<JsonNode> projects = SampleFiles.records("projects.json");

    @Test
    void aboutTwoHundredEnterprisesWithValidUniqueCreditCodes() {
        assertThat(enterprises).hasSizeBetween(190, 210);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < enterprises.size(); i++) {
            JsonNode e = enterprises.get(i);
            assertThat(e.get("id").asLong()).isEqualTo(i + 1);
            assertThat(e.get("name").asString()).startsWith("示例企业").endsWith("有限公司");
            String code = e.get("creditCode").asString();
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(code).matches(DB_CREDIT_CODE).startsWith("91441900");
            assertThat(codes.add(code)).as("duplicate " + code).isTrue();
            assertThat(e.get("industryCode").asString()).isIn(Industries.CODES);
            assertThat(e.get("grade").asString()).isIn("A", "B", "C", "D");
            assertThat(e.get("contactName").asString()).isNotBlank();
            assertThat(e.get("contactPhone").asString()).matches("1\\d{10}");
            assertThat(e.get("contactEmail").asString()).matches("contact\\d{3,}@example\\.com");
        }
    }

    @Test
    void thirtyProjectsAcrossThePipeline() {
        assertThat(projects).hasSize(30);
        Set<String> towns = SampleFiles.features("towns.geojson").stream()
                .map(t -> t.text("code"))
                .collect(Collectors.toSet());
        Set<String> parks = SampleFiles.features("parks.geojson").stream()
                .map(p -> p.text("code"))
                .collect(Collectors.toSet());
        for (int i = 0; i < projects.size(); i++) {
            JsonNode p = projects.get(i);
            assertThat(p.get("id").asLong()).isEqualTo(i + 1);
            assertThat(p.get("name").asString()).startsWith(String.format("示例项目%02d：", i + 1));
            assertThat(p.get("enterpriseId").asLong()).isBetween(1L, (long) enterprises.size());
            assertThat(p.get("industryCode").asString()).isIn(Industries.CODES);
            String kind = p.get("siteKind").asString();
            assertThat(kind).isIn("SPACE", "LAND", "EITHER");
            checkRange(p, "minAreaM2", "maxAreaM2", !kind.equals("LAND"));
            checkRange(p, "minAreaMu", "maxAreaMu", !kind.equals("SPACE"));
            assertThat(p.get("pollutionClass").asInt()).isBetween(1, 3);
            assertThat(p.get("fireClass").asString()).isIn("甲", "乙", "丙", "丁", "戊");
            p.get("preferredTowns").forEach(t -> assertThat(towns).contains(t.asString()));
            p.get("preferredParks").forEach(k -> assertThat(parks).contains(k.asString()));
            assertThat(p.get("investmentWanYuan").asDouble()).isPositive();
            assertThat(p.get("assignedStaff").isNull()
                            || p.get("assignedStaff").asString().equals("staff"))
                    .isTrue();
        }
        Map<String, Long> byStatus = projects.stream()
                .collect(Collectors.groupingBy(p -> p.get("status").asString(), Collectors.counting()));
        assertThat(byStatus.keySet())
                .containsExactlyInAnyOrder("INTENT", "SITING", "SIGNED", "STARTED", "PRODUCING", "DROPPED");
        assertThat(byStatus.values()).allMatch(n -> n >= 2);
        List<JsonNode> notStarted = projects.stream()
                .filter(p -> List.of("INTENT", "SITING", "SIGNED")
                        .contains(p.get("status").asString()))
                .toList();
        assertThat(notStarted).anyMatch(p -> p.get("plannedStartInDays").asInt() < 0);
        assertThat(notStarted).anyMatch(p -> p.get("plannedStartInDays").asInt() > 0);
    }

    private static void checkRange(JsonNode p, String min, String max, boolean required) {
        if (required) {
            assertThat(p.get(min).asDouble())
                    .isPositive()
                    .isLessThanOrEqualTo(p.get(max).asDouble());
        } else {
            assertThat(p.get(min).isNull() && p.get(max).isNull())
                    .as("%s has no %s", p.get("id"), min)
                    .isTrue();
        }
    }

    @Test
    void theManifestCountsWhatIsThere() {
        JsonNode manifest = SampleFiles.json("manifest.json");
        assertThat(manifest.get("scale").asString()).isEqualTo("small");
        assertThat(manifest.get("seed").asLong()).isEqualTo(SampleDataGenerator.DEFAULT_SEED);
        JsonNode counts = manifest.get("counts");
        assertThat(counts.get("towns").asInt()).isEqualTo(32);
        assertThat(counts.get("parks").asInt()).isEqualTo(35);
        assertThat(counts.get("buildings").asInt())
                .isEqualTo(SampleFiles.features("buildings.geojson").size());
        assertThat(counts.get("units").asInt())
                .isEqualTo(SampleFiles.records("units.json").size());
        assertThat(counts.get("parcels").asInt())
                .isEqualTo(SampleFiles.features("parcels.geojson").size());
        assertThat(counts.get("enterprises").asInt()).isEqualTo(enterprises.size());
        assertThat(counts.get("projects").asInt()).isEqualTo(projects.size());
    }
}
