package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The matching API: who may ask, what a bad request gets, and that answers repeat and keep personal data out. */
@IntegrationTest
class MatchingApiTest {

    private static final String PREVIEW = """
            {"siteKind": "EITHER", "minAreaM2": 1500, "maxAreaM2": 4000, "minAreaMu": 5, "maxAreaMu": 30,
             "minCeilingHeightM": 5, "fireClass": "丙", "pollutionClass": 2, "industryCode": "NEW_MATERIALS",
             "preferredTowns": ["HUMEN"], "maxRentYuanM2Month": 30}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    JsonMapper json = JsonMapper.builder().build();

    @Test
    void staffMatchAnyProjectAndTheAnswerFitsItsRange() throws Exception {
        int found = 0;
        long withItems = 0;
        for (Map<String, Object> project : jdbc.sql("""
                SELECT id, min_area_m2, max_area_m2 FROM expansion_project WHERE site_kind = 'SPACE' ORDER BY id""").query().listOfRows()) {
            String body = mvc.perform(
                            get("/api/projects/{id}/matches", project.get("id")).with(httpBasic("staff", "demo")))
                    .andExpect(status().isOk())
                    // staff's defaults: the site criteria's scaled to leave the grade criterion its default 10
                    .andExpect(jsonPath("$.weights.area")
                            .value(Weights.withGrade(10).of("area")))
                    .andExpect(jsonPath("$.weights.grade").value(10.0))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode items = json.readTree(body).get("items");
            assertThat(items.size()).isLessThanOrEqualTo(10);
            for (JsonNode item : items) {
                assertThat(item.get("kind").asString()).isEqualTo("UNITS");
                assertThat(item.get("totalAreaM2").decimalValue())
                        .isBetween((java.math.BigDecimal) project.get("min_area_m2"), (java.math.BigDecimal)
                                project.get("max_area_m2"));
                assertThat(item.get("point").get("lon").asDouble()).isBetween(113.5, 114.3);
                assertThat(item.get("geometry").get("type").asString()).isEqualTo("Polygon");
            }
            found += items.size();
            if (items.size() >= 3 && withItems == 0) {
                withItems = ((Number) project.get("id")).longValue();
            }
        }
        assertThat(found).isGreaterThan(20);
        mvc.perform(get("/api/projects/{id}/matches", withItems)
                        .param("limit", "3")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)));
    }

    @Test
    void anonymousUsersMustSignIn() throws Exception {
        mvc.perform(get("/api/projects/1/matches"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/matching/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PREVIEW))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/matching/shortlist.xlsx")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void parkManagersDoNotMatch() throws Exception {
        mvc.perform(get("/api/projects/1/matches").with(httpBasic("manager01", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("manager01", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PREVIEW))
                .andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    void anEnterpriseSeesTheMatchesOfItsOwnProjectsOnly() throws Exception {
        long own = jdbc.sql("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'")
                .query(Long.class)
                .single();
        long mine = jdbc.sql("SELECT min(id) FROM expansion_project")
                .query(Long.class)
                .single();
        long theirs = jdbc.sql("SELECT max(id) FROM expansion_project")
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE expansion_project SET enterprise_id = :own WHERE id = :id")
                .param("own", own)
                .param("id", mine)
                .update();
        jdbc.sql(
                        "UPDATE expansion_project SET enterprise_id = (SELECT max(id) FROM enterprise WHERE id <> :own) WHERE id = :id")
                .param("own", own)
                .param("id", theirs)
                .update();

        mvc.perform(get("/api/projects/{id}/matches", mine).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/projects/{id}/matches", theirs).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detailZh").value(containsString("本企业")));
        mvc.perform(post("/api/matching/evaluate")
                        .with(httpBasic("enterprise", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\": " + theirs + ", \"candidates\": [\"P1\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("enterprise", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PREVIEW))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownProjectIsNotFound() throws Exception {
        mvc.perform(get("/api/projects/987654/matches").with(httpBasic("staff", "demo")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "limit|51",
                "limit|0",
                "limit|ten",
                "weights|area:50,cost:40",
                "weights|area:50,price:50",
                "weights|area:-10,cost:110",
                "weights|area"
            })
    void badParametersAreRefusedNamingThem(String name, String value) throws Exception {
        mvc.perform(get("/api/projects/1/matches").param(name, value).with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(name))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
    }

    @Test
    void weightsOfOtherValuesChangeTheScoresButStillSumToAHundred() throws Exception {
        mvc.perform(get("/api/projects/1/matches").param("weights", "area:100").with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights.area").value(100.0))
                .andExpect(jsonPath("$.weights.cost").value(0.0))
                .andExpect(jsonPath("$.items[0].criteria[1].weight").value(0.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "siteKind|{\"minAreaM2\": 100, \"maxAreaM2\": 200}",
                "siteKind|{\"siteKind\": \"FACTORY\", \"minAreaM2\": 100, \"maxAreaM2\": 200}",
                "maxAreaM2|{\"siteKind\": \"SPACE\", \"minAreaM2\": 100}",
                "minAreaM2|{\"siteKind\": \"SPACE\", \"minAreaM2\": 300, \"maxAreaM2\": 200}",
                "minAreaMu|{\"siteKind\": \"EITHER\", \"minAreaM2\": 100, \"maxAreaM2\": 200}",
                "minAreaM2|{\"siteKind\": \"SPACE\", \"minAreaM2\": -5, \"maxAreaM2\": 200}",
                "pollutionClass|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"pollutionClass\": 4}",
                "fireClass|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"fireClass\": \"X\"}",
                "industryCode|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"industryCode\": \"STEEL\"}",
                "preferredTowns|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"preferredTowns\": [\"ATLANTIS\"]}",
                "preferredParks|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"preferredParks\": [\"DG-P99\"]}",
                "locationHard|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"locationHard\": true}",
                "point|{\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 9, \"point\": {\"lon\": 116.4, \"lat\": 39.9}}",
                "minAreaMu|{\"siteKind\": \"LAND\", \"minAreaMu\": \"many\"}",
                "body|[1, 2]"
            })
    void aBadRequirementIsRefusedNamingTheField(String field, String body) throws Exception {
        mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh").isNotEmpty());
    }

    @Test
    void theSameRequestGivesTheSameAnswer() throws Exception {
        String first = mvc.perform(post("/api/matching/preview")
                        .param("limit", "30")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PREVIEW))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(post("/api/matching/preview")
                        .param("limit", "30")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PREVIEW))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(first).get("items").size()).isGreaterThan(5);
        assertThat(second).isEqualTo(first);

        long project = jdbc.sql("SELECT min(id) FROM expansion_project WHERE site_kind = 'EITHER'")
                .query(Long.class)
                .single();
        String a = mvc.perform(get("/api/projects/{id}/matches", project).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String b = mvc.perform(get("/api/projects/{id}/matches", project).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void tiesAreBrokenByIdSoTheOrderIsTotal() throws Exception {
        JsonNode items = json.readTree(mvc.perform(post("/api/matching/preview")
                                .param("limit", "50")
                                .param("weights", "readiness:100")
                                .with(httpBasic("staff", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"siteKind\": \"LAND\", \"minAreaMu\": 3, \"maxAreaMu\": 80}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("items");
        for (int i = 1; i < items.size(); i++) {
            JsonNode before = items.get(i - 1);
            JsonNode after = items.get(i);
            assertThat(before.get("score").asDouble())
                    .isGreaterThanOrEqualTo(after.get("score").asDouble());
            if (before.get("score").asDouble() == after.get("score").asDouble()) {
                assertThat(before.get("parcelIds").get(0).asLong())
                        .isLessThan(after.get("parcelIds").get(0).asLong());
            }
        }
    }

    @Test
    void noAnswerCarriesOccupantsOrContacts() throws Exception {
        Set<String> personal =
                new LinkedHashSet<>(jdbc.sql("""
                SELECT e.name FROM enterprise e WHERE EXISTS (SELECT 1 FROM space_unit u WHERE u.occupant_enterprise_id = e.id)
                UNION SELECT contact_name FROM enterprise UNION SELECT contact_phone FROM enterprise
                UNION SELECT contact_email FROM enterprise UNION SELECT contact_name FROM park
                UNION SELECT contact_phone FROM park""").query(String.class).list());
        personal.removeIf(s -> s == null || s.isBlank());
        assertThat(personal).hasSizeGreaterThan(100);
        for (String user : new String[] {"staff", "enterprise"}) {
            String answer = mvc.perform(post("/api/matching/preview")
                            .param("limit", "50")
                            .with(httpBasic(user, "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(PREVIEW))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(answer).doesNotContain("occupant", "contact");
            for (String secret : personal) {
                assertThat(answer).as("%s sees %s", user, secret).doesNotContain(secret);
            }
        }
    }
}
