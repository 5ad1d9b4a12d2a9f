package cn.dongguan.cfk.audit;

import static cn.dongguan.cfk.support.TestRequests.from;
import static cn.dongguan.cfk.support.TestRequests.newCreditCode;
import static cn.dongguan.cfk.support.TestRequests.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.AccountFixtures;
import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of write, through the endpoints that already existed and the new ones, lands in the
 * audit with the right actor, entity and client address, in the same transaction (a rolled-back
 * write leaves nothing); geometries and password hashes never enter it whole.
 */
@IntegrationTest
class AuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        AccountFixtures.clean(jdbc);
    }

    @Autowired
    TransactionTemplate tx;

    String address;
    long since;

    @BeforeEach
    void start() {
        address = someAddress();
        mark();
    }

    /** Only events from now on count. */
    private void mark() {
        since = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
    }

    /** The audit events since the test began for the entity (and id), oldest first. */
    private List<Map<String, Object>> events(String entity, Object id) {
        return jdbc.queryForList(
                """
                SELECT actor, action, entity, entity_id, before::text AS before, after::text AS after, client_address
                FROM audit_event WHERE id > ? AND entity = ? AND (CAST(? AS text) IS NULL OR entity_id = ?)
                ORDER BY id""", since, entity, id == null ? null : id.toString(), id == null ? null : id.toString());
    }

    private Map<String, Object> only(String entity, Object id, String action) {
        List<Map<String, Object>> rows = events(entity, id).stream()
                .filter(e -> action.equals(e.get("action")))
                .toList();
        assertThat(rows).as("%s %s %s", action, entity, id).hasSize(1);
        return rows.get(0);
    }

    private JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request.with(from(address)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long version(String table, Object id) {
        return jdbc.queryForObject(
                "SELECT version FROM " + table + " WHERE "
                        + (table.equals("park") || table.equals("industry") ? "code" : "id") + " = ?",
                Long.class,
                id);
    }

    @Test
    void occupancyWritesAreAuditedWithTheManagerAndTheirAddress() throws Exception {
        long unit = jdbc.queryForObject("""
                SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P12'""", Long.class);
        send(
                json(patch("/api/units/{id}", unit), "{\"rentYuanM2Month\": 31.25}")
                        .header("If-Match", "\"" + version("space_unit", unit) + "\"")
                        .with(httpBasic("manager12", "demo")),
                200);
        Map<String, Object> change = only("space_unit", unit, "UPDATE");
        assertThat(change).containsEntry("actor", "manager12").containsEntry("client_address", address);
        assertThat(JSON.readTree((String) change.get("after"))
                        .get("rent_yuan_m2_month")
                        .asDouble())
                .isEqualTo(31.25);
        assertThat((String) change.get("before")).contains("rent_yuan_m2_month");

        send(post("/api/units/{id}/confirm", unit).with(httpBasic("manager12", "demo")), 200);
        assertThat(events("space_unit", unit)).hasSize(2);
    }

    @Test
    void inventoryWritesAreAuditedWithASmallSummaryOfTheirGeometry() throws Exception {
        FreeLand land = new FreeLand(jdbc);
        JsonNode building = send(
                json(
                                post("/api/buildings"),
                                "{\"parkCode\": \"DG-P33\", \"name\": \"审计楼\", \"type\": \"仓库\", \"floors\": 2,"
                                        + " \"geometry\": "
                                        + land.inPark("DG-P33", 30).polygon() + "}")
                        .with(httpBasic("manager33", "demo")),
                201);
        long id = building.get("id").asLong();
        Map<String, Object> insert = only("building", id, "INSERT");
        assertThat(insert).containsEntry("actor", "manager33");
        JsonNode geom = JSON.readTree((String) insert.get("after")).get("geom");
        assertThat(geom.get("vertices").asInt()).isEqualTo(5);
        assertThat(geom.get("md5").asString()).hasSize(32);
        assertThat(geom.get("areaM2").asDouble()).isBetween(800.0, 1000.0);
        assertThat((String) insert.get("after")).doesNotContain("coordinates");

        mark();
        send(
                json(patch("/api/buildings/{id}", id), "{\"name\": \"审计楼（改）\"}")
                        .header("If-Match", "\"" + version("building", id) + "\"")
                        .with(httpBasic("admin", "demo")),
                200);
        Map<String, Object> rename = only("building", id, "UPDATE");
        assertThat(rename).containsEntry("actor", "admin");
        assertThat((String) rename.get("after")).contains("审计楼（改）").doesNotContain("geom");

        JsonNode parcel = send(
                json(
                                post("/api/parcels"),
                                "{\"parcelNo\": \"AUDIT-" + System.nanoTime() + "\", \"parkCode\": \"DG-P33\","
                                        + " \"planningUse\": \"M1\", \"status\": \"RESERVE\", \"geometry\": "
                                        + land.inPark("DG-P33", 40).polygon() + "}")
                        .with(httpBasic("manager33", "demo")),
                201);
        long parcelId = parcel.get("id").asLong();
        assertThat(events("parcel", parcelId)).extracting(e -> e.get("action")).contains("INSERT");
        mark();
        send(
                json(patch("/api/parcels/{id}", parcelId), "{\"heightLimitM\": 36}")
                        .header("If-Match", "\"" + version("parcel", parcelId) + "\"")
                        .with(httpBasic("manager33", "demo")),
                200);
        assertThat(only("parcel", parcelId, "UPDATE")).containsEntry("actor", "manager33");
    }

    @Test
    void projectWritesAreAuditedWithTheirTownsAndParks() throws Exception {
        JsonNode project = send(json(post("/api/projects"), """
                                {"name": "审计项目", "siteKind": "LAND", "minAreaMu": 10, "maxAreaMu": 20,
                                 "preferredTowns": ["CHANGAN"], "preferredParks": ["DG-P02"]}""").with(httpBasic("staff", "demo")), 201);
        long id = project.get("id").asLong();
        assertThat(only("expansion_project", id, "INSERT")).containsEntry("actor", "staff");
        assertThat(only("project_town", id + "/CHANGAN", "INSERT")).containsEntry("actor", "staff");
        assertThat(only("project_park", id + "/DG-P02", "INSERT")).containsEntry("actor", "staff");

        mark();
        send(
                json(patch("/api/projects/{id}", id), "{\"status\": \"SITING\"}")
                        .header("If-Match", "\"" + version("expansion_project", id) + "\"")
                        .with(httpBasic("staff", "demo")),
                200);
        assertThat((String) only("expansion_project", id, "UPDATE").get("after"))
                .contains("SITING");
    }

    @Test
    void enterpriseReferenceAndUserWritesAreAudited() throws Exception {
        JsonNode enterprise = send(
                json(post("/api/enterprises"), "{\"name\": \"审计企业\", \"creditCode\": \"" + newCreditCode() + "\"}")
                        .with(httpBasic("staff", "demo")),
                201);
        long enterpriseId = enterprise.get("id").asLong();
        assertThat(only("enterprise", enterpriseId, "INSERT")).containsEntry("actor", "staff");

        Map<String, Object> park = jdbc.queryForMap("SELECT contact_name, version FROM park WHERE code = 'DG-P29'");
        List<String> industries =
                jdbc.queryForList("SELECT industry_code FROM park_industry WHERE park_code = 'DG-P29'", String.class);
        String added = jdbc.queryForObject(
                "SELECT min(code) FROM industry WHERE NOT retired AND code NOT IN"
                        + " (SELECT industry_code FROM park_industry WHERE park_code = 'DG-P29')",
                String.class);
        List<String> more = new java.util.ArrayList<>(industries);
        more.add(added);
        try {
            send(
                    json(
                                    patch("/api/parks/DG-P29"),
                                    "{\"contactName\": \"审计联系人\", \"industries\": " + JSON.writeValueAsString(more)
                                            + "}")
                            .header("If-Match", "\"" + park.get("version") + "\"")
                            .with(httpBasic("admin", "demo")),
                    200);
            assertThat((String) only("park", "DG-P29", "UPDATE").get("after")).contains("审计联系人");
            assertThat(only("park_industry", "DG-P29/" + added, "INSERT")).containsEntry("actor", "admin");
        } finally {
            jdbc.update("UPDATE park SET contact_name = ? WHERE code = 'DG-P29'", park.get("contact_name"));
            jdbc.update("DELETE FROM park_industry WHERE park_code = 'DG-P29' AND industry_code = ?", added);
        }

        String code = "AUDIT_" + (System.nanoTime() % 100_000_000L);
        send(
                json(
                                post("/api/industries"),
                                "{\"code\": \"" + code + "\", \"name\": \"审计产业" + code + "\", \"nameEn\": \"Audit "
                                        + code + "\", \"group\": \"FUTURE\"}")
                        .with(httpBasic("admin", "demo")),
                201);
        send(
                delete("/api/industries/{code}", code)
                        .header("If-Match", "\"" + version("industry", code) + "\"")
                        .with(httpBasic("admin", "demo")),
                204);
        assertThat(events("industry", code)).extracting(e -> e.get("action")).containsExactly("INSERT", "DELETE");

        String username = "audited-" + (System.nanoTime() % 1_000_000_000L);
        send(
                json(
                                post("/api/admin/users"),
                                "{\"username\": \"" + username + "\", \"password\": \"Walnut-harvest-63\","
                                        + " \"role\": \"PARK_MANAGER\", \"parks\": [\"DG-P08\"]}")
                        .with(httpBasic("admin", "demo")),
                201);
        Map<String, Object> user = only("app_user", username, "INSERT");
        assertThat(user).containsEntry("actor", "admin");
        assertThat((String) user.get("after")).contains("\"password\": \"set\"").doesNotContain("$2a$");
        assertThat(only("user_park", username + "/DG-P08", "INSERT")).containsEntry("actor", "admin");

        send(
                json(
                                post("/api/me/password"),
                                "{\"currentPassword\": \"Walnut-harvest-63\", \"newPassword\": \"Walnut-harvest-64\"}")
                        .with(httpBasic(username, "Walnut-harvest-63")),
                200);
        Map<String, Object> changed = only("app_user", username, "UPDATE");
        assertThat(changed).containsEntry("actor", username);
        assertThat((String) changed.get("after"))
                .contains("\"password\": \"changed\"")
                .doesNotContain("$2a$");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE id > ? AND (before::text LIKE '%$2a$%' OR after::text LIKE '%$2a$%')",
                        Integer.class, since))
                .isZero();
    }

    @Test
    void signInsFailedSignInsSessionWritesAndSignUpsAreAudited() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("manager14").password("demo"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        Map<String, Object> signIn = events("app_user", "manager14").stream()
                .filter(e -> e.get("action").equals("SIGN_IN"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(signIn).containsEntry("actor", "manager14");
        assertThat((String) signIn.get("after")).contains("FORM");

        long unit = jdbc.queryForObject("""
                SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P14'""", Long.class);
        send(
                json(patch("/api/units/{id}", unit), "{\"rentYuanM2Month\": 18.5}")
                        .header("If-Match", "\"" + version("space_unit", unit) + "\"")
                        .cookie(session)
                        .with(csrf()),
                200);
        assertThat(only("space_unit", unit, "UPDATE")).containsEntry("actor", "manager14");

        send(get("/api/me").with(httpBasic("manager14", "not-the-password")), 401);
        Map<String, Object> failed = only("app_user", "manager14", "SIGN_IN_FAILED");
        assertThat(failed).containsEntry("actor", "anonymous").containsEntry("client_address", address);

        String creditCode = newCreditCode();
        send(
                json(
                        post("/api/signup").with(csrf()),
                        "{\"companyName\": \"审计注册企业\", \"creditCode\": \"" + creditCode + "\","
                                + " \"contactName\": \"王女士\", \"password\": \"Lotus-pavilion-88\"}"),
                201);
        assertThat(only("app_user", creditCode.toLowerCase(), "INSERT")).containsEntry("actor", "anonymous");
    }

    @Test
    void aRolledBackWriteLeavesNoAuditEvent() {
        long unit = jdbc.queryForObject("SELECT min(id) FROM space_unit", Long.class);
        tx.executeWithoutResult(status -> {
            jdbc.update(
                    "UPDATE space_unit SET rent_yuan_m2_month = coalesce(rent_yuan_m2_month, 0) + 1 WHERE id = ?",
                    unit);
            assertThat(events("space_unit", unit)).as("inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(events("space_unit", unit)).as("after the rollback").isEmpty();
    }

    @Test
    void theAuditIsAppendOnly() {
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE audit_event SET actor = 'someone' WHERE id = (SELECT max(id) FROM audit_event)"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"))
                .hasMessageContaining("append-only");
    }

    @Test
    void administratorsReadTheAuditFilteredAndPagedAndNobodyElseDoes() throws Exception {
        long unit = jdbc.queryForObject("""
                SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P15'""", Long.class);
        send(post("/api/units/{id}/confirm", unit).with(httpBasic("manager15", "demo")), 200);
        mvc.perform(get("/api/admin/audit")
                        .param("actor", "manager15")
                        .param("entity", "space_unit")
                        .param("entityId", Long.toString(unit))
                        .param("from", java.time.LocalDate.now().minusDays(1).toString())
                        .param("size", "5")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value("manager15"))
                .andExpect(jsonPath("$.items[0].entityId").value(Long.toString(unit)))
                .andExpect(jsonPath("$.items[0].clientAddress").value(address))
                .andExpect(jsonPath("$.size").value(5));
        mvc.perform(get("/api/admin/audit").param("to", "2000-01-01").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/admin/audit").param("from", "yesterday").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/admin/audit").with(httpBasic("staff", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/audit")).andExpect(status().isUnauthorized());
    }
}
