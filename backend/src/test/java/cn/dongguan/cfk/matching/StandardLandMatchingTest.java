package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 标准地 in land matching (issue 16): a parcel published with indicators refuses a project whose planned
 * figures fall short, naming both numbers in the near miss; enough investment passes it; a project
 * without planned figures is not checked, and the answer says so. The parcel is the test's own (rolled back).
 */
@IntegrationTest
@Transactional
class StandardLandMatchingTest {

    private static final String PARK = "DG-P27";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String parcelNo;

    /** A 100 m square (15 亩) of M1 land on offer, 标准地: at least 300 万元/亩 invested, 20 tax, 500 output, 0.05 energy. */
    @BeforeEach
    void standardLandParcel() {
        FreeLand.Box box = new FreeLand(jdbc).inPark(PARK, 100);
        parcelNo = "SL-" + System.nanoTime() % 1_000_000_000L;
        jdbc.update("""
                INSERT INTO parcel (parcel_no, park_code, town_code, geom, area_m2, planning_use, status,
                                    min_investment_wan_yuan_mu, min_tax_wan_yuan_mu, min_output_wan_yuan_mu,
                                    max_energy_tce_wan_yuan)
                SELECT ?, ?, (SELECT town_code FROM park_town WHERE park_code = ? LIMIT 1), g, 10000, 'M1', 'AVAILABLE',
                       300, 20, 500, 0.05
                FROM (SELECT ST_Multi(ST_Transform(ST_MakeEnvelope(x, y, x + 100, y + 100, 4547), 4326)) AS g
                      FROM (SELECT ST_X(ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 4547)) AS x,
                                   ST_Y(ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 4547)) AS y) o) s""", parcelNo, PARK, PARK, box.west(), box.south(), box.west(), box.south());
    }

    private JsonNode match(String figures) throws Exception {
        String body = mvc.perform(post("/api/matching/preview?limit=50")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siteKind": "LAND", "minAreaMu": 14.9, "maxAreaMu": 15.1,
                                 "preferredParks": ["%s"], "locationHard": true%s}""".formatted(PARK, figures)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private JsonNode site(JsonNode list) {
        for (JsonNode item : list) {
            if (item.get("parcelNos").size() == 1
                    && item.get("parcelNos").get(0).asString().equals(parcelNo)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aProjectInvestingBelowTheParcelsIntensityIsRefusedItWithTheNumbers() throws Exception {
        // 1,245 万元 over 15 亩 is 83 万元/亩
        JsonNode answer = match(", \"investmentWanYuan\": 1245");
        assertThat(site(answer.get("items"))).as("not a match").isNull();
        JsonNode near = site(answer.get("nearMisses"));
        assertThat(near).as("a near miss").isNotNull();
        assertThat(near.get("failed")).hasSize(1);
        JsonNode failed = near.get("failed").get(0);
        assertThat(failed.get("filter").asString()).isEqualTo("investmentIntensity");
        assertThat(failed.get("unknown").asBoolean()).isFalse();
        assertThat(failed.get("reasonZh").asString()).isEqualTo("投资强度 83 万元/亩，低于标准地要求的 300 万元/亩");
        assertThat(failed.get("reasonEn").asString())
                .isEqualTo("Investment intensity 83 万元/mu, below the 300 万元/mu the standard land requires");
    }

    @Test
    void aSavedProjectKeepsItsPlannedFiguresAndIsMatchedOnThem() throws Exception {
        String created = mvc.perform(post("/api/projects")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "标准地项目", "siteKind": "LAND", "minAreaMu": 14.9, "maxAreaMu": 15.1,
                                 "preferredParks": ["%s"], "locationHard": true, "investmentWanYuan": 1245,
                                 "plannedTaxWanYuanYear": 300, "plannedOutputWanYuanYear": 7500,
                                 "plannedEnergyTceYear": 375}""".formatted(PARK)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode project = json.readTree(created);
        assertThat(project.get("investmentWanYuan").asDouble()).isEqualTo(1245.0);
        assertThat(project.get("plannedTaxWanYuanYear").asDouble()).isEqualTo(300.0);
        assertThat(project.get("plannedOutputWanYuanYear").asDouble()).isEqualTo(7500.0);
        assertThat(project.get("plannedEnergyTceYear").asDouble()).isEqualTo(375.0);
        String matches = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/projects/{id}/matches?limit=50",
                                project.get("id").asLong())
                        .with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode near = site(json.readTree(matches).get("nearMisses"));
        assertThat(near).isNotNull();
        assertThat(near.get("failed").get(0).get("reasonZh").asString()).isEqualTo("投资强度 83 万元/亩，低于标准地要求的 300 万元/亩");
    }

    @Test
    void enoughInvestmentTaxOutputAndLittleEnoughEnergyPass() throws Exception {
        // 300 万元/亩 exactly; tax 20, output 500 万元/亩; 0.05 吨标煤/万元 exactly
        JsonNode answer = match(", \"investmentWanYuan\": 4500, \"plannedTaxWanYuanYear\": 300,"
                + " \"plannedOutputWanYuanYear\": 7500, \"plannedEnergyTceYear\": 375");
        JsonNode item = site(answer.get("items"));
        assertThat(item).as("a match").isNotNull();
        assertThat(item.get("facts").get("unchecked")).isEmpty();
    }

    @Test
    void eachIndicatorRefusesWithItsOwnNumbers() throws Exception {
        JsonNode near = site(match(", \"investmentWanYuan\": 4500, \"plannedTaxWanYuanYear\": 150,"
                        + " \"plannedOutputWanYuanYear\": 6000, \"plannedEnergyTceYear\": 600")
                .get("nearMisses"));
        assertThat(near).isNotNull();
        assertThat(near.get("failed").valueStream().map(f -> f.get("filter").asString()))
                .containsExactly("taxPerMu", "outputPerMu", "energyPerOutput");
        assertThat(near.get("failed").get(0).get("reasonZh").asString()).isEqualTo("亩均税收 10 万元/亩，低于标准地要求的 20 万元/亩");
        assertThat(near.get("failed").get(1).get("reasonZh").asString()).isEqualTo("亩均产值 400 万元/亩，低于标准地要求的 500 万元/亩");
        assertThat(near.get("failed").get(2).get("reasonZh").asString())
                .isEqualTo("单位产值能耗 0.1 吨标煤/万元，高于标准地允许的 0.05 吨标煤/万元");
    }

    @Test
    void aProjectWithoutPlannedFiguresIsNotCheckedAndTheAnswerSaysSo() throws Exception {
        JsonNode item = site(match("").get("items"));
        assertThat(item).as("a match: the indicators are not checked").isNotNull();
        JsonNode unchecked = item.get("facts").get("unchecked");
        assertThat(unchecked.valueStream().map(u -> u.get("filter").asString()))
                .containsExactly("investmentIntensity", "taxPerMu", "outputPerMu", "energyPerOutput");
        assertThat(unchecked.get(0).get("reasonZh").asString()).isEqualTo("项目未给出计划投资额，未核对投资强度（标准地要求不低于 300 万元/亩）");
    }

    @Test
    void plannedEnergyWithoutOutputIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siteKind": "LAND", "minAreaMu": 14, "maxAreaMu": 16, "plannedEnergyTceYear": 100}"""))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("plannedEnergyTceYear"));
        mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siteKind": "LAND", "minAreaMu": 14, "maxAreaMu": 16, "plannedTaxWanYuanYear": -1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("plannedTaxWanYuanYear"));
    }
}
