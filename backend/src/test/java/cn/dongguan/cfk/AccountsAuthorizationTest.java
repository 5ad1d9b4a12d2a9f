package cn.dongguan.cfk;

import static cn.dongguan.cfk.support.TestRequests.from;
import static cn.dongguan.cfk.support.TestRequests.newCreditCode;
import static cn.dongguan.cfk.support.TestRequests.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.dongguan.cfk.support.AccountFixtures;
import cn.dongguan.cfk.support.IntegrationTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of issue 12 against every role (anonymous, enterprise, staff, the manager of DG-P05
 * with their own and another park, administrator): the expected status, GET and HEAD alike, and for
 * every refusal, that nothing changed at all.
 */
@IntegrationTest
class AccountsAuthorizationTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        AccountFixtures.clean(jdbc);
    }

    enum Endpoint {
        LIST_USERS,
        CREATE_USER,
        PATCH_USER,
        RESET_PASSWORD,
        UNLOCK_USER,
        SIGN_IN_LOCKS,
        AUDIT,
        ADMIN_PARKS,
        PATCH_OWN_PARK,
        PATCH_OTHER_PARK,
        ADMIN_INDUSTRIES,
        ADD_INDUSTRY,
        PATCH_INDUSTRY,
        DELETE_INDUSTRY,
        ENTERPRISE_DETAIL,
        CREATE_ENTERPRISE,
        PATCH_ENTERPRISE,
        PENDING_SIGN_UPS,
        VERIFY_SIGN_UP,
        CHANGE_OWN_PASSWORD,
        SIGN_UP,
        ME
    }

    static Stream<Arguments> matrix() {
        // expected status for each Endpoint in order
        return Stream.of(
                Arguments.of(null, new int[] {
                    401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401,
                    201, 401
                }),
                Arguments.of("enterprise", new int[] {
                    403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400,
                    201, 200
                }),
                Arguments.of("staff", new int[] {
                    403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 201, 200, 200, 204, 400,
                    201, 200
                }),
                Arguments.of("manager05", new int[] {
                    403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400,
                    201, 200
                }),
                Arguments.of("admin", new int[] {
                    200, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201, 200, 204, 200, 201, 200, 200, 204, 400,
                    201, 200
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsItsStatusAndRefusalsChangeNothing(String user, int[] expected) throws Exception {
        for (Endpoint endpoint : Endpoint.values()) {
            MockHttpServletRequestBuilder request = request(endpoint);
            Map<String, Object> before = snapshot();
            int status =
                    mvc.perform(as(user, request)).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s", user, endpoint).isEqualTo(expected[endpoint.ordinal()]);
            if (status >= 400) {
                assertThat(snapshot())
                        .as("%s %s changed nothing", user, endpoint)
                        .isEqualTo(before);
            }
            MockHttpServletRequest built = request.buildRequest(new MockServletContext());
            if ("GET".equals(built.getMethod())) {
                int head = mvc.perform(as(user, head(built.getRequestURI())))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(head).as("HEAD as GET: %s %s", user, endpoint).isEqualTo(status);
            }
        }
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint) {
        return switch (endpoint) {
            case LIST_USERS -> get("/api/admin/users");
            case CREATE_USER ->
                json(
                        post("/api/admin/users"),
                        "{\"username\": \"matrix-new-" + SEQUENCE.incrementAndGet()
                                + "\", \"password\": \"Lilac-window-31\", \"role\": \"STAFF\"}");
            case PATCH_USER -> json(patch("/api/admin/users/{u}", user()), "{\"displayName\": \"改名\"}");
            case RESET_PASSWORD -> post("/api/admin/users/{u}/reset-password", user());
            case UNLOCK_USER -> post("/api/admin/users/{u}/unlock", user());
            case SIGN_IN_LOCKS -> get("/api/admin/sign-in-locks");
            case AUDIT -> get("/api/admin/audit").param("size", "1");
            case ADMIN_PARKS -> get("/api/admin/parks");
            case PATCH_OWN_PARK -> parkPatch("DG-P05");
            case PATCH_OTHER_PARK -> parkPatch("DG-P06");
            case ADMIN_INDUSTRIES -> get("/api/admin/industries");
            case ADD_INDUSTRY ->
                json(
                        post("/api/industries"),
                        "{\"code\": \"MATRIX_" + SEQUENCE.incrementAndGet() + "\", \"name\": \"矩阵" + SEQUENCE.get()
                                + "\", \"nameEn\": \"Matrix\", \"group\": \"PILLAR\"}");
            case PATCH_INDUSTRY ->
                json(patch("/api/industries/{c}", industry()), "{\"nameEn\": \"Renamed\"}")
                        .header("If-Match", "\"0\"");
            case DELETE_INDUSTRY -> delete("/api/industries/{c}", industry()).header("If-Match", "\"0\"");
            case ENTERPRISE_DETAIL -> get("/api/enterprises/{id}", enterprise());
            case CREATE_ENTERPRISE -> json(post("/api/enterprises"), "{\"name\": \"矩阵企业\"}");
            case PATCH_ENTERPRISE ->
                json(patch("/api/enterprises/{id}", enterprise()), "{\"grade\": \"C\"}")
                        .header("If-Match", "\"0\"");
            case PENDING_SIGN_UPS -> get("/api/signups");
            case VERIFY_SIGN_UP -> post("/api/signups/{u}/verify", signedUp());
            case CHANGE_OWN_PASSWORD -> json(post("/api/me/password"), "{}");
            case SIGN_UP ->
                json(
                                post("/api/signup"),
                                "{\"companyName\": \"矩阵注册\", \"creditCode\": \"" + newCreditCode()
                                        + "\", \"contactName\": \"李先生\", \"password\": \"Maple-river-27\"}")
                        .with(csrf())
                        .with(from(someAddress()));
            case ME -> get("/api/me");
        };
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder parkPatch(String park) {
        Map<String, Object> row = jdbc.queryForMap("SELECT managing_body, version FROM park WHERE code = ?", park);
        String body = row.get("managing_body") == null
                ? "{\"managingBody\": null}"
                : "{\"managingBody\": \"" + row.get("managing_body") + "\"}";
        return json(patch("/api/parks/{c}", park), body).header("If-Match", "\"" + row.get("version") + "\"");
    }

    /** A fresh staff account to change. */
    private String user() {
        String username = "matrix-" + SEQUENCE.incrementAndGet();
        jdbc.update("INSERT INTO app_user (username, password_hash, role) VALUES (?, 'x', 'STAFF')", username);
        return username;
    }

    private String industry() {
        String code = "MATRIXI" + SEQUENCE.incrementAndGet();
        jdbc.update(
                "INSERT INTO industry (code, name, name_en, group_code, sort_order) VALUES (?, ?, 'Matrix', 'PILLAR', 999)",
                code,
                "矩阵产业" + code);
        return code;
    }

    private long enterprise() {
        return jdbc.queryForObject("INSERT INTO enterprise (name) VALUES ('矩阵意向企业') RETURNING id", Long.class);
    }

    private String signedUp() {
        String username = "matrix-e" + SEQUENCE.incrementAndGet();
        jdbc.update(
                "INSERT INTO app_user (username, password_hash, role, enterprise_id, verified) VALUES (?, 'x', 'ENTERPRISE', ?, false)",
                username,
                enterprise());
        return username;
    }

    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM app_user WHERE username NOT LIKE 'matrix-%') AS users,
                       (SELECT string_agg(username || enabled || verified || password_state || coalesce(display_name, '')
                                          || password_hash, ',' ORDER BY username) FROM app_user) AS user_state,
                       (SELECT count(*) FROM user_park) AS user_parks,
                       (SELECT count(*) || '/' || sum(version) FROM enterprise WHERE name <> '矩阵意向企业') AS enterprises,
                       (SELECT sum(version) || '/' || count(*) FILTER (WHERE retired) FROM industry) AS industry_versions,
                       (SELECT count(*) FROM industry WHERE code NOT LIKE 'MATRIXI%') AS industries,
                       (SELECT sum(version) FROM park) AS parks,
                       (SELECT count(*) FROM park_industry) AS park_industries""");
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return user == null ? request : request.with(httpBasic(user, "demo"));
    }
}
