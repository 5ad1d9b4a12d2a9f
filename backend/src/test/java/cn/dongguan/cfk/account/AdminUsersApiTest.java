package cn.dongguan.cfk.account;

import static cn.dongguan.cfk.support.TestRequests.from;
import static cn.dongguan.cfk.support.TestRequests.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators create, change, disable and reset users (issue 12); the users then sign in with
 * exactly what the administrator decided, and lose access the moment it is taken away.
 */
@IntegrationTest
class AdminUsersApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Kiwi-lantern-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static String newUsername() {
        return "u" + (System.nanoTime() % 1_000_000_000L) + "-" + SEQUENCE.incrementAndGet();
    }

    private ResultActions createUser(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/admin/users")
                .with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    private String manager(String park, boolean changeAtFirstSignIn) throws Exception {
        String username = newUsername();
        createUser(Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "role",
                        "PARK_MANAGER",
                        "parks",
                        java.util.List.of(park),
                        "displayName",
                        "园区管理员 " + park,
                        "changeAtFirstSignIn",
                        changeAtFirstSignIn))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/admin/users/" + username))
                .andExpect(jsonPath("$.parks[0]").value(park))
                .andExpect(jsonPath("$.passwordState").value(changeAtFirstSignIn ? "CHANGE_AT_SIGN_IN" : "SET"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        return username;
    }

    private long[] unitOf(String park) {
        return jdbc.queryForObject("""
                SELECT u.id, u.version FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = ? ORDER BY u.id LIMIT 1""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, park);
    }

    private int patchRent(long[] unit, org.springframework.test.web.servlet.request.RequestPostProcessor as)
            throws Exception {
        return mvc.perform(patch("/api/units/{id}", unit[0])
                        .with(as)
                        .header("If-Match", "\"" + unit[1] + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rentYuanM2Month\": 23.5}"))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private Cookie signIn(String username, String password) throws Exception {
        var response = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        return response.getCookie("SESSION");
    }

    @Test
    void aParkManagerForDgP05WorksWithThePasswordAsGivenAndChangesOnlyDgP05() throws Exception {
        String username = manager("DG-P05", true);

        // an API client with HTTP Basic is not held up by "change at first sign-in"
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PARK_MANAGER"))
                .andExpect(jsonPath("$.parks[0]").value("DG-P05"))
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));
        assertThat(patchRent(unitOf("DG-P05"), httpBasic(username, PASSWORD))).isEqualTo(200);
        assertThat(patchRent(unitOf("DG-P06"), httpBasic(username, PASSWORD))).isEqualTo(403);

        // the web app's session must change the password first
        Cookie session = signIn(username, PASSWORD);
        mvc.perform(get("/api/me/units").param("park", "DG-P05").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));
        mvc.perform(post("/api/buildings")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));
        mvc.perform(post("/api/me/password")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"Orchid-harbour-77\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").cookie(session))
                .andExpect(jsonPath("$.passwordChangeRequired").value(false));
        mvc.perform(get("/api/me/units").param("park", "DG-P05").cookie(session))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(someAddress())))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject(
                        "SELECT password_state FROM app_user WHERE username = ?", String.class, username))
                .isEqualTo("SET");
    }

    @Test
    void aResetPasswordIsGoodOnlyForChoosingANewOne() throws Exception {
        String username = manager("DG-P05", false);
        Cookie before = signIn(username, PASSWORD);
        String body = mvc.perform(
                        post("/api/admin/users/{u}/reset-password", username).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String oneTime = JSON.readTree(body).get("oneTimePassword").asString();

        mvc.perform(get("/api/me").cookie(before)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(someAddress())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(username, oneTime)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));
        mvc.perform(get("/api/me/to-confirm").with(httpBasic(username, oneTime)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));
        assertThat(patchRent(unitOf("DG-P05"), httpBasic(username, oneTime))).isEqualTo(403);

        mvc.perform(post("/api/me/password")
                        .with(httpBasic(username, oneTime))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"Saffron-meadow-19\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me/to-confirm").with(httpBasic(username, "Saffron-meadow-19")))
                .andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceAndItsSessionsEnd() throws Exception {
        String username = manager("DG-P05", false);
        Cookie session = signIn(username, PASSWORD);
        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, username))
                .isEqualTo(1);

        mvc.perform(patch("/api/admin/users/{u}", username)
                        .with(httpBasic("admin", "demo"))
                        .contentType("application/merge-patch+json")
                        .content("{\"enabled\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(someAddress())))
                .andExpect(status().isUnauthorized());
        assertThat(patchRent(unitOf("DG-P05"), httpBasic(username, PASSWORD))).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void aChangeOfParksTakesEffectAtOnce() throws Exception {
        String username = manager("DG-P05", false);
        Cookie session = signIn(username, PASSWORD);
        mvc.perform(patch("/api/admin/users/{u}", username)
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parks\": [\"DG-P06\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parks[0]").value("DG-P06"));
        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isUnauthorized());
        assertThat(patchRent(unitOf("DG-P05"), httpBasic(username, PASSWORD))).isEqualTo(403);
        assertThat(patchRent(unitOf("DG-P06"), httpBasic(username, PASSWORD))).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "password|{\"role\": \"STAFF\", \"password\": \"short\"}|minLength",
                "password|{\"role\": \"STAFF\", \"password\": \"password123\"}|common",
                "password|{\"role\": \"STAFF\", \"password\": \"USERNAME-and-more\"}|notUsername",
                "parks|{\"role\": \"PARK_MANAGER\", \"password\": \"Kiwi-lantern-42\"}|",
                "parks|{\"role\": \"PARK_MANAGER\", \"parks\": [\"DG-P99\"], \"password\": \"Kiwi-lantern-42\"}|",
                "parks[0]|{\"role\": \"PARK_MANAGER\", \"parks\": [\"P05\"], \"password\": \"Kiwi-lantern-42\"}|",
                "parks|{\"role\": \"STAFF\", \"parks\": [\"DG-P05\"], \"password\": \"Kiwi-lantern-42\"}|",
                "enterpriseId|{\"role\": \"ENTERPRISE\", \"password\": \"Kiwi-lantern-42\"}|",
                "enterpriseId|{\"role\": \"STAFF\", \"enterpriseId\": 1, \"password\": \"Kiwi-lantern-42\"}|",
                "role|{\"role\": \"OWNER\", \"password\": \"Kiwi-lantern-42\"}|",
                "username|{\"username\": \"Has Spaces\", \"role\": \"STAFF\", \"password\": \"Kiwi-lantern-42\"}|",
                "colour|{\"role\": \"STAFF\", \"password\": \"Kiwi-lantern-42\", \"colour\": \"red\"}|",
                "email|{\"role\": \"STAFF\", \"password\": \"Kiwi-lantern-42\", \"email\": \"not an address\"}|",
            })
    void aBadUserIsRefusedNamingTheFieldAndNothingIsCreated(String field, String json, String rule) throws Exception {
        String username = newUsername();
        var body = (tools.jackson.databind.node.ObjectNode) JSON.readTree(json.replace("USERNAME", username));
        if (!body.has("username")) {
            body.put("username", username);
        }
        long users = jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class);
        var result = mvc.perform(post("/api/admin/users")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
        if (rule != null) {
            result.andExpect(jsonPath("$.rule").value(rule));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class))
                .isEqualTo(users);
    }

    @Test
    void anAccountHasAnOptionalEmailThatOnlyAnAdministratorSetsAndThatMustBeAnAddress() throws Exception {
        String username = newUsername();
        createUser(Map.of("username", username, "password", PASSWORD, "role", "STAFF", "email", "not-an-address"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("email"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Integer.class, username))
                .isZero();
        createUser(Map.of("username", username, "password", PASSWORD, "role", "STAFF", "email", "zhang@example.cn"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("zhang@example.cn"));
        for (String bad : new String[] {"{\"email\": \"zhang@\"}", "{\"email\": \"" + "a".repeat(130) + "@x.cn\"}"}) {
            mvc.perform(patch("/api/admin/users/{u}", username)
                            .with(httpBasic("admin", "demo"))
                            .contentType("application/merge-patch+json")
                            .content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.field").value("email"));
        }
        mvc.perform(patch("/api/admin/users/{u}", username)
                        .with(httpBasic("staff", "demo"))
                        .contentType("application/merge-patch+json")
                        .content("{\"email\": \"other@example.cn\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT email FROM app_user WHERE username = ?", String.class, username))
                .isEqualTo("zhang@example.cn");
        mvc.perform(patch("/api/admin/users/{u}", username)
                        .with(httpBasic("admin", "demo"))
                        .contentType("application/merge-patch+json")
                        .content("{\"email\": \"li@example.cn\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("li@example.cn"));
        mvc.perform(patch("/api/admin/users/{u}", username)
                        .with(httpBasic("admin", "demo"))
                        .contentType("application/merge-patch+json")
                        .content("{\"email\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void anEmailIsStoredTrimmedAsOtherTextIs() throws Exception {
        String username = newUsername();
        createUser(Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "role",
                        "STAFF",
                        "email",
                        " " + username + "@example.com "))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(username + "@example.com"));
        assertThat(jdbc.queryForObject("SELECT email FROM app_user WHERE username = ?", String.class, username))
                .isEqualTo(username + "@example.com");
    }

    @Test
    void aTakenUsernameIsAConflict() throws Exception {
        createUser(Map.of("username", "staff", "password", PASSWORD, "role", "STAFF"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("username"));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        mvc.perform(patch("/api/admin/users/admin")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("enabled"));
        mvc.perform(get("/api/me").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void theListFindsUsersAndNeverShowsAPasswordHash() throws Exception {
        String username = manager("DG-P05", false);
        String page = mvc.perform(get("/api/admin/users").param("q", username).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].username").value(username))
                .andExpect(jsonPath("$.items[0].role").value("PARK_MANAGER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("$2a$").doesNotContainIgnoringCase("hash");
    }
}
