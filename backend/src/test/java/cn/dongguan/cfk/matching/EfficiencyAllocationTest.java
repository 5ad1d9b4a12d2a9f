package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The differentiated-allocation policy in matching (issue 16): a D-grade enterprise's land project
 * lists parcels as near misses naming the grade rule, an A-grade one gets them as candidates; in staff's
 * matches A and B rank higher by the grade criterion (its weight the policy's, its reason naming the
 * grade); an enterprise matching its own project never sees its grade, neither as a rule nor as a
 * criterion. Each test rolls back what it changes.
 */
@IntegrationTest
@Transactional
class EfficiencyAllocationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inventory inventory;

    @Test
    void aDGradeEnterprisesLandProjectListsParcelsAsNearMissesNamingTheGradeRule() throws Exception {
        long enterprise = enterprise();
        long project = landProjectWithParcelCandidates(enterprise);
        grade(enterprise, 2024, "A");
        grade(enterprise, 2025, "D");

        JsonNode answer = matches(project, "staff");
        assertThat(kinds(answer.get("items")))
                .as("no parcel for a D-grade enterprise")
                .doesNotContain("PARCELS");
        List<JsonNode> refused = answer.get("nearMisses")
                .valueStream()
                .filter(m -> m.get("kind").asString().equals("PARCELS"))
                .toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused)
                .allSatisfy(m -> assertThat(m.get("failed")
                                .valueStream()
                                .filter(f -> f.get("filter").asString().equals("efficiencyGrade"))
                                .toList())
                        .singleElement()
                        .satisfies(f -> {
                            assertThat(f.get("reasonZh").asString()).contains("2025 年度", "D 类", "差别化配置", "新增用地");
                            assertThat(f.get("reasonEn").asString()).contains("graded D", "not eligible for new land");
                        }));

        grade(enterprise, 2026, "B");
        assertThat(kinds(matches(project, "admin").get("items")))
                .as("the latest grade counts: B gets land again")
                .contains("PARCELS");
    }

    @Test
    void anEnterpriseMatchingItsOwnProjectNeverSeesItsGrade() throws Exception {
        long own = jdbc.sql("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'")
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM efficiency_result WHERE enterprise_id = ?")
                .param(own)
                .update();
        long project = landProjectWithParcelCandidates(own);
        grade(own, 2025, "D");
        MockHttpServletResponse r = mvc.perform(
                        get("/api/projects/{id}/matches", project).with(httpBasic("enterprise", "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("efficiencyGrade", "亩均效益", "graded D");
        assertThat(kinds(JSON.readTree(body).get("items"))).contains("PARCELS");
    }

    @Test
    void inStaffsMatchesAAndBRankHigherByTheGradeCriterion() throws Exception {
        long enterprise = enterprise();
        long project = projectWithMatches(enterprise);
        grade(enterprise, 2025, "A");
        JsonNode a = matches(project, "staff");
        assertThat(a.get("weights").get("grade").asDouble())
                .as("the policy's default weight")
                .isEqualTo(10);
        assertThat(a.get("weights")
                        .valueStream()
                        .mapToDouble(JsonNode::asDouble)
                        .sum())
                .isEqualTo(100);
        assertThat(a.get("items")).isNotEmpty().allSatisfy(item -> {
            JsonNode c = criterion(item, "grade");
            assertThat(c.get("score").asInt()).isEqualTo(100);
            assertThat(c.get("reasonZh").asString()).contains("2025 年度亩均效益评价 A 级", "优先安排");
            assertThat(c.get("reasonEn").asString()).contains("graded A", "favoured");
        });

        grade(enterprise, 2026, "C");
        JsonNode c = matches(project, "staff");
        JsonNode first = a.get("items").get(0);
        JsonNode same = c.get("items")
                .valueStream()
                .filter(i -> i.get("id").asString().equals(first.get("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(criterion(same, "grade").get("score").asInt()).isEqualTo(25);
        assertThat(criterion(same, "grade").get("reasonZh").asString()).contains("2026 年度亩均效益评价 C 级");
        double expected = 10 * (100 - 25) / 100.0;
        assertThat(first.get("score").asDouble() - same.get("score").asDouble())
                .as("the same site scores the grade's points less for a C-grade enterprise")
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.11));

        JsonNode weighted = JSON.readTree(mvc.perform(get("/api/projects/{id}/matches", project)
                        .param("weights", "area:30,cost:20,industry:10,location:10,readiness:10,freshness:0,grade:20")
                        .with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(criterion(weighted.get("items").get(0), "grade")
                        .get("weight")
                        .asDouble())
                .isEqualTo(20);
    }

    @Test
    void anEnterpriseHasNoGradeCriterionNotEvenForItsOwnProject() throws Exception {
        long own = jdbc.sql("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'")
                .query(Long.class)
                .single();
        long project = projectWithMatches(own);
        grade(own, 2025, "A");
        MockHttpServletResponse weights = mvc.perform(
                        get("/api/matching/weights").with(httpBasic("enterprise", "demo")))
                .andReturn()
                .getResponse();
        assertThat(JSON.readTree(weights.getContentAsString(StandardCharsets.UTF_8))
                        .has("grade"))
                .isFalse();
        String body = mvc.perform(get("/api/projects/{id}/matches", project).with(httpBasic("enterprise", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode answer = JSON.readTree(body);
        assertThat(answer.get("items"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("criteria")
                                .valueStream()
                                .map(x -> x.get("name").asString()))
                        .doesNotContain("grade"));
        assertThat(answer.get("weights").has("grade")).isFalse();
        assertThat(body).doesNotContain("亩均效益", "graded A");
        MockHttpServletResponse asked = mvc.perform(get("/api/projects/{id}/matches", project)
                        .param("weights", "area:90,grade:10")
                        .with(httpBasic("enterprise", "demo")))
                .andReturn()
                .getResponse();
        assertThat(asked.getStatus()).isEqualTo(400);
        assertThat(asked.getContentAsString(StandardCharsets.UTF_8)).contains("weights");
    }

    private static JsonNode criterion(JsonNode item, String name) {
        return item.get("criteria")
                .valueStream()
                .filter(c -> c.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + name + " in " + item));
    }

    private JsonNode matches(long project, String user) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/projects/{id}/matches", project)
                        .param("limit", "50")
                        .with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> kinds(JsonNode items) {
        return items.valueStream().map(i -> i.get("kind").asString()).distinct().toList();
    }

    /** A sample project looking for land whose match has parcels, made the enterprise's (rolled back). */
    private long landProjectWithParcelCandidates(long enterprise) throws Exception {
        for (Long id : jdbc.sql(
                        "SELECT id FROM expansion_project WHERE site_kind IN ('LAND', 'EITHER') ORDER BY site_kind DESC, id")
                .query(Long.class)
                .list()) {
            jdbc.sql("UPDATE expansion_project SET enterprise_id = ? WHERE id = ?")
                    .param(enterprise)
                    .param(id)
                    .update();
            if (kinds(matches(id, "staff").get("items")).contains("PARCELS")) {
                return id;
            }
        }
        throw new AssertionError("no sample land project has parcel candidates");
    }

    /** A sample project whose match has sites, made the enterprise's (rolled back). */
    private long projectWithMatches(long enterprise) throws Exception {
        for (Long id : jdbc.sql("SELECT id FROM expansion_project ORDER BY id")
                .query(Long.class)
                .list()) {
            jdbc.sql("UPDATE expansion_project SET enterprise_id = ? WHERE id = ?")
                    .param(enterprise)
                    .param(id)
                    .update();
            if (!matches(id, "staff").get("items").isEmpty()) {
                return id;
            }
        }
        throw new AssertionError("no sample project has matches");
    }

    private long enterprise() {
        return inventory.enterprise("差别化配置测试企业 ");
    }

    private void grade(long enterprise, int year, String grade) {
        jdbc.sql("""
                        INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by) VALUES (?, ?, ?, 'BUREAU')
                        ON CONFLICT (enterprise_id, year) DO UPDATE SET grade = excluded.grade""").param(enterprise).param(year).param(grade).update();
    }
}
