package cn.dongguan.cfk.redevelopment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village industrial parks with their class, building ages and occupants' grades; redevelopment
 * projects moved stage by stage, their history for administrators; expected completions by quarter.
 * Staff and administrators only. Each test's rows are rolled back.
 */
@IntegrationTest
@Transactional
class RedevelopmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long building;
    String town;
    String boundary;

    @BeforeEach
    void aBuildingOutsideTheParks() {
        Map<String, Object> b = jdbc.queryForMap("""
                SELECT id, town_code, ST_AsGeoJSON(ST_Envelope(ST_Buffer(geom, 0.00001))) AS boundary
                FROM building WHERE park_code IS NULL ORDER BY id LIMIT 1""");
        building = ((Number) b.get("id")).longValue();
        town = (String) b.get("town_code");
        boundary = (String) b.get("boundary");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(
                user == null ? request.with(csrf()) : request.with(csrf()).with(httpBasic(user, "demo")));
    }

    private ResultActions postJson(String path, String json, String user) throws Exception {
        return send(post(path).contentType(MediaType.APPLICATION_JSON).content(json), user);
    }

    private String area(String name, String renewalClass, String geometry) {
        return "{\"name\": \"" + name + "\", \"townCode\": \"" + town + "\", \"renewalClass\": \"" + renewalClass
                + "\", \"geometry\": " + geometry + "}";
    }

    private long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long newArea() throws Exception {
        return id(postJson("/api/redevelopment/areas", area("测试村工业园", "拆", boundary), "staff")
                .andExpect(status().isCreated()));
    }

    private String project(long area, String completion, int floorArea) {
        return "{\"areaId\": " + area + ", \"name\": \"旧厂房拆建\", \"expectedFloorAreaM2\": " + floorArea
                + ", \"expectedCompletion\": \"" + completion + "\"}";
    }

    private long newProject(long area, String completion, int floorArea) throws Exception {
        return id(postJson("/api/redevelopment/projects", project(area, completion, floorArea), "staff")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("APPROVED"))
                .andExpect(jsonPath("$.stageZh").value("立项")));
    }

    private String etag(long project) throws Exception {
        return send(get("/api/redevelopment/projects/" + project), "staff")
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private ResultActions move(long project, String stage, String user) throws Exception {
        return send(
                post("/api/redevelopment/projects/" + project + "/stage")
                        .header("If-Match", etag(project))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\": \"" + stage + "\"}"),
                user);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    @Test
    void anAreaTellsItsBuildingsAgesAndItsOccupantsGrades() throws Exception {
        int year = jdbc.queryForObject("SELECT extract(year FROM dongguan_today())::int", Integer.class);
        jdbc.update("UPDATE building SET year_built = ? WHERE id = ?", year - 25, building);
        long enterprise = jdbc.queryForObject("SELECT min(id) FROM enterprise", Long.class);
        // its latest result (rolled back) is its grade
        jdbc.update(
                "INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by) VALUES (?, 2099, 'C', 'BUREAU')",
                enterprise);
        jdbc.update(
                "UPDATE space_unit SET status = 'OCCUPIED', vacant_area_m2 = 0, occupant_enterprise_id = ? WHERE building_id = ?",
                enterprise,
                building);
        long units = jdbc.queryForObject("SELECT count(*) FROM space_unit WHERE building_id = ?", Long.class, building);
        long area = newArea();

        send(get("/api/redevelopment/areas/" + area), "staff")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.renewalClass").value("拆"))
                .andExpect(jsonPath("$.townCode").value(town))
                .andExpect(jsonPath("$.buildings").value(1))
                .andExpect(jsonPath("$.oldestAgeYears").value(25))
                .andExpect(jsonPath("$.medianAgeYears").value(25))
                .andExpect(jsonPath("$.buildingsByAge.from20to30").value(1))
                .andExpect(jsonPath("$.buildingsByAge.under10").value(0))
                .andExpect(jsonPath("$.occupantsByGrade.C").value((int) units))
                .andExpect(jsonPath("$.occupantsByGrade.A").value(0));
        send(get("/api/redevelopment/areas"), "admin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + area + ")].buildings", contains(1)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "renewalClass|{\"name\": \"甲村\", \"townCode\": \"@T\", \"renewalClass\": \"废\", \"geometry\": @G}",
                "townCode|{\"name\": \"甲村\", \"townCode\": \"NOWHERE\", \"renewalClass\": \"留\", \"geometry\": @G}",
                "name|{\"townCode\": \"@T\", \"renewalClass\": \"留\", \"geometry\": @G}",
                "geometry|{\"name\": \"甲村\", \"townCode\": \"@T\", \"renewalClass\": \"改\"}",
                "geometry|{\"name\": \"甲村\", \"townCode\": \"@T\", \"renewalClass\": \"改\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [113.7, 23.0]}}",
                "geometry|{\"name\": \"甲村\", \"townCode\": \"@T\", \"renewalClass\": \"改\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}",
                "geometry|{\"name\": \"甲村\", \"townCode\": \"@T\", \"renewalClass\": \"改\", \"geometry\": {\"type\": \"Blob\"}}"
            })
    void aBadAreaIsRefusedNamingTheFieldAndNothingIsAdded(String field, String json) throws Exception {
        long before = count("village_area");
        postJson("/api/redevelopment/areas", json.replace("@T", town).replace("@G", boundary), "staff")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
        assertThat(count("village_area")).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "areaId|{\"areaId\": 999999999, \"name\": \"改造\", \"expectedFloorAreaM2\": 100, \"expectedCompletion\": \"2028-01-01\"}",
                "expectedFloorAreaM2|{\"areaId\": @A, \"name\": \"改造\", \"expectedFloorAreaM2\": -5, \"expectedCompletion\": \"2028-01-01\"}",
                "expectedCompletion|{\"areaId\": @A, \"name\": \"改造\", \"expectedFloorAreaM2\": 100, \"expectedCompletion\": \"next year\"}",
                "name|{\"areaId\": @A, \"name\": \"  \", \"expectedFloorAreaM2\": 100, \"expectedCompletion\": \"2028-01-01\"}"
            })
    void aBadProjectIsRefusedNamingTheFieldAndNothingIsAdded(String field, String json) throws Exception {
        long area = newArea();
        long before = count("redevelopment_project");
        postJson("/api/redevelopment/projects", json.replace("@A", Long.toString(area)), "staff")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
        assertThat(count("redevelopment_project")).isEqualTo(before);
    }

    @Test
    void aProjectMovesOneStageAtATimeAndAnAdminReadsItsHistory() throws Exception {
        long project = newProject(newArea(), "2028-03-31", 40000);
        move(project, "CONSTRUCTION", "staff")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"));
        assertThat(jdbc.queryForObject("SELECT stage FROM redevelopment_project WHERE id = ?", String.class, project))
                .isEqualTo("APPROVED");
        move(project, "DEMOLITION", "staff")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stageZh").value("拆除"));
        move(project, "APPROVED", "staff").andExpect(status().isBadRequest());
        move(project, "CONSTRUCTION", "admin").andExpect(status().isOk());
        move(project, "COMPLETED", "staff")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("COMPLETED"));

        send(get("/api/redevelopment/projects/" + project + "/history"), "admin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].toStage", contains("APPROVED", "DEMOLITION", "CONSTRUCTION", "COMPLETED")))
                .andExpect(jsonPath("$[1].fromStage").value("APPROVED"))
                .andExpect(jsonPath("$[2].actor").value("admin"));
        send(get("/api/redevelopment/projects/" + project + "/history"), "staff")
                .andExpect(status().isForbidden());
    }

    @Test
    void aMoveWithoutTheCurrentVersionChangesNothing() throws Exception {
        long project = newProject(newArea(), "2028-03-31", 40000);
        String stale = etag(project);
        move(project, "DEMOLITION", "staff").andExpect(status().isOk());
        send(
                        post("/api/redevelopment/projects/" + project + "/stage")
                                .header("If-Match", stale)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"stage\": \"CONSTRUCTION\"}"),
                        "staff")
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.queryForObject("SELECT stage FROM redevelopment_project WHERE id = ?", String.class, project))
                .isEqualTo("DEMOLITION");
    }

    @Test
    void othersThanStaffAreRefusedAndNothingChanges() throws Exception {
        long area = newArea();
        long project = newProject(area, "2028-03-31", 40000);
        long areas = count("village_area");
        long projects = count("redevelopment_project");
        long events = count("redevelopment_stage_event");
        for (String user : new String[] {"enterprise", "manager01", null}) {
            int refused = user == null ? 401 : 403;
            send(get("/api/redevelopment/areas"), user).andExpect(status().is(refused));
            send(get("/api/redevelopment/areas/" + area), user).andExpect(status().is(refused));
            send(get("/api/redevelopment/projects"), user).andExpect(status().is(refused));
            send(get("/api/redevelopment/projects/" + project + "/history"), user)
                    .andExpect(status().is(refused));
            send(get("/api/stats/redevelopment/completions"), user).andExpect(status().is(refused));
            postJson("/api/redevelopment/areas", area("他村", "留", boundary), user)
                    .andExpect(status().is(refused));
            postJson("/api/redevelopment/projects", project(area, "2029-01-01", 100), user)
                    .andExpect(status().is(refused));
            send(
                            post("/api/redevelopment/projects/" + project + "/stage")
                                    .header("If-Match", etag(project))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"stage\": \"DEMOLITION\"}"),
                            user)
                    .andExpect(status().is(refused));
        }
        assertThat(count("village_area")).isEqualTo(areas);
        assertThat(count("redevelopment_project")).isEqualTo(projects);
        assertThat(count("redevelopment_stage_event")).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT stage FROM redevelopment_project WHERE id = ?", String.class, project))
                .isEqualTo("APPROVED");
    }

    private Map<String, BigDecimal> completions(String answer) {
        Map<String, BigDecimal> answered = new TreeMap<>();
        List<Map<String, Object>> quarters = JsonPath.read(answer, "$[*]");
        for (Map<String, Object> q : quarters) {
            answered.put(
                    (String) q.get("quarter"),
                    new BigDecimal(q.get("expectedFloorAreaM2").toString()));
        }
        return answered;
    }

    private String completionsAnswer() throws Exception {
        return send(get("/api/stats/redevelopment/completions"), "staff")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void completionsByQuarterAgreeWithTheProjects() throws Exception {
        // the sample's own projects (future supply) are there before this test's
        Map<String, BigDecimal> before = completions(completionsAnswer());
        BigDecimal q2Before = before.getOrDefault("2027Q2", BigDecimal.ZERO);
        List<Object> q2RisingBefore =
                JsonPath.read(completionsAnswer(), "$[?(@.quarter == '2027Q2')].underConstructionM2");
        BigDecimal q2UnderConstructionBefore = q2RisingBefore.isEmpty()
                ? BigDecimal.ZERO
                : new BigDecimal(q2RisingBefore.get(0).toString());
        long area = newArea();
        newProject(area, "2027-01-15", 10000);
        newProject(area, "2027-03-31", 2500);
        long rising = newProject(area, "2027-04-01", 7000);
        move(rising, "DEMOLITION", "staff").andExpect(status().isOk());
        move(rising, "CONSTRUCTION", "staff").andExpect(status().isOk());
        long done = newProject(area, "2027-05-01", 900);
        for (String stage : new String[] {"DEMOLITION", "CONSTRUCTION", "COMPLETED"}) {
            move(done, stage, "staff").andExpect(status().isOk());
        }

        String projects = send(get("/api/redevelopment/projects"), "staff")
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, BigDecimal> expected = new TreeMap<>();
        List<Map<String, Object>> all = JsonPath.read(projects, "$[?(@.stage != 'COMPLETED')]");
        for (Map<String, Object> p : all) {
            String date = (String) p.get("expectedCompletion");
            String quarter = date.substring(0, 4) + "Q" + ((Integer.parseInt(date.substring(5, 7)) - 1) / 3 + 1);
            expected.merge(quarter, new BigDecimal(p.get("expectedFloorAreaM2").toString()), BigDecimal::add);
        }
        String answer = completionsAnswer();
        Map<String, BigDecimal> answered = completions(answer);
        assertThat(answered).isEqualTo(expected);
        assertThat(answered.get("2027Q1").subtract(before.getOrDefault("2027Q1", BigDecimal.ZERO)))
                .isEqualByComparingTo("12500");
        assertThat(answered.get("2027Q2").subtract(q2Before)).isEqualByComparingTo("7000");
        assertThat(JsonPath.<List<Object>>read(answer, "$[?(@.quarter == '2027Q2')].underConstructionM2"))
                .hasSize(1)
                .allSatisfy(v -> assertThat(new BigDecimal(v.toString()).subtract(q2UnderConstructionBefore))
                        .isEqualByComparingTo("7000"));
    }
}
