package cn.dongguan.cfk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff register expansion projects, move them along the pipeline, and watch the overdue ones. Each
 * test's projects are rolled back afterwards.
 */
@IntegrationTest
@Transactional
class ProjectApiTest {

    private static final String SPACE_PROJECT = """
            {"name": "测试项目：精密模具扩产", "enterpriseId": %d, "industryCode": "HIGH_END_EQUIPMENT",
             "siteKind": "SPACE", "minAreaM2": 2000, "maxAreaM2": 5000, "minCeilingHeightM": 6, "minFloorLoadKgM2": 2000,
             "minPowerKva": 800, "fireClass": "丙", "pollutionClass": 1, "preferredTowns": ["changping"],
             "locationHard": false, "maxRentYuanM2Month": 30, "investmentWanYuan": 8000,
             "neededBy": "2027-06-30", "plannedStart": "2027-09-01", "assignedStaff": "staff"}""";

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long enterprise() {
        return jdbc.queryForObject("SELECT max(id) FROM enterprise", Long.class);
    }

    private long projects() {
        return jdbc.queryForObject("SELECT count(*) FROM expansion_project", Long.class);
    }

    private MockHttpServletRequestBuilder create(String json) {
        return post("/api/projects")
                .with(httpBasic("staff", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private long created(String json) throws Exception {
        String body = mvc.perform(create(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long version(long id) {
        return jdbc.queryForObject("SELECT version FROM expansion_project WHERE id = ?", Long.class, id);
    }

    @Test
    void staffRegisterAProjectThatStartsAsAnIntent() throws Exception {
        String body = mvc.perform(create(SPACE_PROJECT.formatted(enterprise())))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("INTENT"))
                .andExpect(jsonPath("$.preferredTowns[0]").value("CHANGPING"))
                .andExpect(jsonPath("$.minAreaM2").value(2000))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.statusHistory", hasSize(1)))
                .andExpect(jsonPath("$.statusHistory[0].actor").value("staff"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JSON.readTree(body).propertyNames())
                .as("a project's fields (SPEC §5), flat")
                .containsExactlyInAnyOrder(
                        "id",
                        "name",
                        "enterpriseId",
                        "enterpriseName",
                        "industryCode",
                        "investmentWanYuan",
                        "siteKind",
                        "minAreaM2",
                        "maxAreaM2",
                        "minAreaMu",
                        "maxAreaMu",
                        "minCeilingHeightM",
                        "minFloorLoadKgM2",
                        "minPowerKva",
                        "fireClass",
                        "pollutionClass",
                        "preferredTowns",
                        "preferredParks",
                        "locationHard",
                        "maxRentYuanM2Month",
                        "budgetWanYuan",
                        "neededBy",
                        "plannedTaxWanYuanYear",
                        "plannedOutputWanYuanYear",
                        "plannedEnergyTceYear",
                        "source",
                        "plannedStart",
                        "status",
                        "overdue",
                        "assignedStaff",
                        "createdAt",
                        "version",
                        "statusHistory");
    }

    /** One check of a requirement: a project and an unsaved requirement are refused with the same problem. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"siteKind\": \"SPACE\", \"minAreaM2\": 3000, \"maxAreaM2\": 2000 | minAreaM2",
                "\"siteKind\": \"SPACE\", \"minAreaM2\": 3000                        | maxAreaM2",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 0, \"maxAreaMu\": 20       | minAreaMu",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 20, \"fireClass\": \"X\" | fireClass",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 20, \"pollutionClass\": 4 | pollutionClass",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 20, \"industryCode\": \"STEEL\" | industryCode",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 20, \"preferredParks\": [\"DG-P99\"] | preferredParks",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 20, \"locationHard\": true | locationHard",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": 20, \"maxRentYuanM2Month\": -1 | maxRentYuanM2Month",
                "\"siteKind\": \"LAND\", \"minAreaMu\": 5, \"maxAreaMu\": \"many\" | maxAreaMu",
                "\"siteKind\": \"FACTORY\", \"minAreaM2\": 100, \"maxAreaM2\": 200  | siteKind"
            })
    void aProjectAndAnUnsavedRequirementAreRefusedAlike(String requirement, String field) throws Exception {
        long before = projects();
        String project = mvc.perform(create("{\"name\": \"测试项目：同一校验\", " + requirement + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String preview = mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{" + requirement + "}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String member : List.of("field", "detailZh", "detailEn")) {
            assertThat(JSON.readTree(preview).get(member))
                    .as(member)
                    .isEqualTo(JSON.readTree(project).get(member));
        }
        assertThat(JSON.readTree(project).get("detailZh").asString()).contains(field);
        assertThat(JSON.readTree(project).get("detailEn").asString()).contains(field);
        assertThat(projects()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"minAreaM2\": 6000                   | minAreaM2",
                "\"industryCode\": \"STEEL\"           | industryCode",
                "\"preferredTowns\": [\"NOWHERE\"]     | preferredTowns",
                "\"preferredParks\": [\"DG-P99\"]      | preferredParks",
                "\"pollutionClass\": 4                 | pollutionClass",
                "\"pollutionClass\": \"heavy\"         | pollutionClass",
                "\"siteKind\": \"LAND\"                | minAreaMu",
                "\"siteKind\": \"EITHER\"              | minAreaMu",
                "\"siteKind\": \"OFFICE\"              | siteKind",
                "\"minAreaM2\": null                   | minAreaM2",
                "\"enterpriseId\": 99999999            | enterpriseId",
                "\"fireClass\": \"X\"                  | fireClass",
                "\"neededBy\": \"soon\"                | neededBy",
                "\"assignedStaff\": \"manager01\"      | assignedStaff",
                "\"name\": \"\"                        | name",
                "\"colour\": \"red\"                   | colour",
                "\"investmentWanYuan\": -5             | investmentWanYuan",
                "\"plannedTaxWanYuanYear\": -1         | plannedTaxWanYuanYear",
                "\"plannedOutputWanYuanYear\": \"a lot\" | plannedOutputWanYuanYear",
                "\"plannedEnergyTceYear\": 1e15        | plannedEnergyTceYear",
                "\"plannedEnergyTceYear\": 50          | plannedEnergyTceYear",
                "\"plannedEnergyTceYear\": 50, \"plannedOutputWanYuanYear\": 0 | plannedEnergyTceYear",
                "\"locationHard\": true, \"preferredTowns\": [] | locationHard",
                "\"point\": {\"lon\": 113.7, \"lat\": 22.9} | point"
            })
    void badProjectsAreRefusedNamingTheFieldAndNothingIsStored(String override, String field) throws Exception {
        var json = (tools.jackson.databind.node.ObjectNode) JSON.readTree(SPACE_PROJECT.formatted(enterprise()));
        json.setAll((tools.jackson.databind.node.ObjectNode) JSON.readTree("{" + override + "}"));
        long before = projects();
        mvc.perform(create(json.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void aLandProjectNeedsItsMuRangeAndMinAboveMaxIsRefused() throws Exception {
        String land = """
                {"name": "测试项目：新能源电池用地", "siteKind": "LAND", "minAreaMu": 40, "maxAreaMu": 20, "pollutionClass": 2}""";
        mvc.perform(create(land))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("minAreaMu"));
        mvc.perform(create(land.replace("\"maxAreaMu\": 20", "\"maxAreaMu\": 60")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.maxAreaMu").value(60));
    }

    @Test
    void projectsMoveOnlyForwardAndEveryMoveIsRecorded() throws Exception {
        long id = created(SPACE_PROJECT.formatted(enterprise()));
        move(id, "SITING").andExpect(status().isOk());
        move(id, "SIGNED").andExpect(status().isOk());
        long v = version(id);
        move(id, "SITING")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        assertThat(version(id)).isEqualTo(v);
        move(id, "PRODUCING").andExpect(status().isOk());
        move(id, "DROPPED").andExpect(status().isBadRequest());
        mvc.perform(get("/api/projects/{id}", id).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PRODUCING"))
                .andExpect(jsonPath("$.statusHistory[*].toStatus", contains("INTENT", "SITING", "SIGNED", "PRODUCING")))
                .andExpect(jsonPath("$.statusHistory[3].fromStatus").value("SIGNED"))
                .andExpect(jsonPath("$.statusHistory[*].actor", everyItem(is("staff"))));
    }

    @Test
    void changesNeedTheCurrentETag() throws Exception {
        long id = created(SPACE_PROJECT.formatted(enterprise()));
        long v = version(id);
        mvc.perform(patch("/api/projects/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(patch("/api/projects/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"" + (v + 7) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(version(id)).isEqualTo(v);
    }

    @Test
    void theOverdueListIsExactlyThePlannedStartsInThePastNotYetStarted() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(zone);
        long startsToday = created(SPACE_PROJECT.formatted(enterprise()).replace("2027-09-01", today.toString()));
        clock.pin(ZonedDateTime.of(today.atTime(23, 59, 59), zone).toInstant());
        assertThat(overdueIds()).doesNotContain(startsToday).isEqualTo(expectedOverdue(today));

        clock.pin(ZonedDateTime.of(today.plusDays(1).atStartOfDay(), zone).toInstant());
        assertThat(overdueIds()).contains(startsToday).isEqualTo(expectedOverdue(today.plusDays(1)));
        mvc.perform(get("/api/projects/{id}", startsToday).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.overdue").value(true));

        move(startsToday, "STARTED").andExpect(status().isOk());
        assertThat(overdueIds()).doesNotContain(startsToday);
    }

    private Set<Long> overdueIds() throws Exception {
        String body = mvc.perform(get("/api/projects/overdue").with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        Set<Long> out = new HashSet<>();
        ids.forEach(n -> out.add(n.longValue()));
        assertThat(((Number) JsonPath.read(body, "$.total")).intValue()).isEqualTo(out.size());
        return out;
    }

    private Set<Long> expectedOverdue(LocalDate today) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT id FROM expansion_project
                WHERE planned_start < ? AND status NOT IN ('STARTED', 'PRODUCING', 'DROPPED')""", Long.class, java.sql.Date.valueOf(today)));
    }

    @Test
    void filtersNarrowTheListAndEveryRowSatisfiesThem() throws Exception {
        mvc.perform(get("/api/projects").param("status", "siting").with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].status", everyItem(is("SITING"))))
                .andExpect(jsonPath("$.total")
                        .value(jdbc.queryForObject(
                                "SELECT count(*) FROM expansion_project WHERE status = 'SITING'", Integer.class)));
        mvc.perform(get("/api/projects")
                        .param("overdue", "true")
                        .param("assignedStaff", "staff")
                        .with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.items[*].overdue", everyItem(is(true))))
                .andExpect(jsonPath("$.items[*].assignedStaff", everyItem(is("staff"))));
        String town = jdbc.queryForObject("SELECT min(town_code) FROM project_town", String.class);
        mvc.perform(get("/api/projects").param("town", town).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.items[*].preferredTowns", everyItem(hasItem(town))));
        mvc.perform(get("/api/projects").param("status", "LOST").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(get("/api/projects").param("overdue", "maybe").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("overdue"));
        mvc.perform(get("/api/projects").param("size", "501").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void enterprisesSeeOnlyTheirOwnProjectsAndOthersAreRefused() throws Exception {
        long own = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'", Long.class);
        long mine = created(SPACE_PROJECT.formatted(own));
        long theirs = created(SPACE_PROJECT.formatted(enterprise()));
        mvc.perform(get("/api/projects").with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].enterpriseId", everyItem(is((int) own))))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) mine)));
        mvc.perform(get("/api/projects/{id}", mine).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/projects/{id}", theirs).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden());
        long before = projects();
        mvc.perform(post("/api/projects")
                        .with(httpBasic("manager01", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SPACE_PROJECT.formatted(own)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/projects")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SPACE_PROJECT.formatted(own)))
                .andExpect(status().isUnauthorized());
        assertThat(projects()).isEqualTo(before);
        mvc.perform(get("/api/projects")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/projects/overdue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/projects").with(httpBasic("manager01", "demo"))).andExpect(status().isForbidden());
        long v = version(theirs);
        mvc.perform(patch("/api/projects/{id}", theirs)
                        .with(httpBasic("enterprise", "demo"))
                        .header("If-Match", "\"" + v + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DROPPED\"}"))
                .andExpect(status().isForbidden());
        assertThat(version(theirs)).isEqualTo(v);
    }

    private static final String OWN_REQUIREMENT = """
            {"name": "测试需求：注塑车间", "industryCode": "HIGH_END_EQUIPMENT", "siteKind": "SPACE",
             "minAreaM2": 1500, "maxAreaM2": 3000, "preferredTowns": ["CHANGAN"], "maxRentYuanM2Month": 28}""";

    private org.springframework.test.web.servlet.ResultActions enterprisePosts(String json) throws Exception {
        return mvc.perform(post("/api/projects")
                .with(httpBasic("enterprise", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anEnterpriseRegistersItsOwnRequirementWhichStaffSeeAsALead() throws Exception {
        long own = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'", Long.class);
        String body = enterprisePosts(OWN_REQUIREMENT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enterpriseId").value((int) own))
                .andExpect(jsonPath("$.status").value("INTENT"))
                .andExpect(jsonPath("$.source").value("ENTERPRISE"))
                .andExpect(jsonPath("$.statusHistory[0].actor").value("enterprise"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lead = ((Number) JsonPath.read(body, "$.id")).longValue();
        long staffOwn = created(SPACE_PROJECT.formatted(enterprise()));

        mvc.perform(get("/api/projects").param("source", "ENTERPRISE").with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) lead)))
                .andExpect(jsonPath("$.items[*].source", everyItem(is("ENTERPRISE"))));
        mvc.perform(get("/api/projects").param("source", "STAFF").with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) staffOwn)))
                .andExpect(jsonPath("$.items[*].source", everyItem(is("STAFF"))));
        mvc.perform(get("/api/projects").param("source", "NOBODY").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("source"))
                .andExpect(jsonPath("$.detailEn")
                        .value("Parameter 'source' has an invalid value 'NOBODY': use one of STAFF, ENTERPRISE"));
        mvc.perform(get("/api/projects").param("overdue", "maybe").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("overdue"))
                .andExpect(jsonPath("$.detailEn")
                        .value("Parameter 'overdue' has an invalid value 'maybe': expected Boolean"));

        // staff take the lead on and write their notes; the enterprise sees the assignee, never the notes
        mvc.perform(patch("/api/projects/{id}", lead)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"" + version(lead) + "\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"assignedStaff\": \"staff\", \"staffNotes\": \"内部备注：预算偏紧\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staffNotes").value("内部备注：预算偏紧"));
        for (String path : List.of("/api/projects/" + lead, "/api/projects?source=ENTERPRISE")) {
            String seen = mvc.perform(get(path).with(httpBasic("enterprise", "demo")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(seen).as(path).doesNotContain("内部备注").doesNotContain("staffNotes");
        }
        mvc.perform(get("/api/projects/{id}", lead).with(httpBasic("enterprise", "demo")))
                .andExpect(jsonPath("$.assignedStaff").value("staff"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"status\": \"SIGNED\"          | status",
                "\"assignedStaff\": \"staff\"     | assignedStaff",
                "\"staffNotes\": \"x\"            | staffNotes",
                "\"enterpriseId\": %d             | enterpriseId"
            })
    void anEnterpriseSetsNoStaffFieldsAndNoOtherEnterprise(String field, String name) throws Exception {
        long other = jdbc.queryForObject(
                "SELECT min(id) FROM enterprise WHERE id <> (SELECT enterprise_id FROM app_user WHERE username = 'enterprise')",
                Long.class);
        long before = projects();
        enterprisePosts(OWN_REQUIREMENT.replace("{", "{" + field.formatted(other) + ", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(name));
        assertThat(projects()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.ResultActions move(long id, String status) throws Exception {
        return mvc.perform(patch("/api/projects/{id}", id)
                .with(httpBasic("staff", "demo"))
                .header("If-Match", "\"" + version(id) + "\"")
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .content("{\"status\":\"" + status + "\"}"));
    }
}
