package cn.dongguan.cfk.security;

import static cn.dongguan.cfk.support.TestRequests.from;
import static cn.dongguan.cfk.support.TestRequests.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.MutableClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Failed sign-ins slow down and then lock an account and a client address (issue 12: 200 wrong
 * passwords ran at 8 per second and the right one worked at once). The lock holds against the right
 * password too, answers 429 with Retry-After, and an administrator can lift it.
 */
@IntegrationTest
class SignInThrottleTest {

    private static final String PASSWORD = "Juniper-canal-58";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PasswordEncoder encoder;

    String username;
    String address;

    @BeforeEach
    void anAccountOfItsOwn() {
        clock.pin(Instant.now());
        username = "throttled-" + (System.nanoTime() % 1_000_000_000L);
        address = someAddress();
        jdbc.update(
                "INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, 'STAFF')",
                username,
                encoder.encode(PASSWORD));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The web app's sign-in form. */
    private MockHttpServletRequestBuilder signIn(String password) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf());
    }

    private int basic(String password) throws Exception {
        return mvc.perform(get("/api/me").with(httpBasic(username, password)).with(from(address)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void failuresBeyondTheFreeOnesMakeEveryAttemptWaitLongerAndThenLockTheAccount() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(basic("wrong-" + i)).as("free failure %d", i).isEqualTo(401);
        }
        assertThat(basic("wrong-6")).isEqualTo(401);
        // now even the right password waits: 429 with Retry-After, and the wait grows
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.retryAfterSeconds").value(1));
        clock.advance(Duration.ofMillis(1500));
        assertThat(basic("wrong-7")).isEqualTo(401);
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"));
        for (int i = 8; i <= 10; i++) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(basic("wrong-" + i)).isEqualTo(401);
        }
        // the tenth failure locks the account for 15 minutes, whatever the address
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(someAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "840"));
        mvc.perform(signIn(PASSWORD).with(from(someAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.status").value(429));

        mvc.perform(get("/api/admin/sign-in-locks").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.subject == '" + username + "')].scope").value("ACCOUNT"));
        mvc.perform(post("/api/admin/users/{u}/unlock", username).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wasLocked").value(true));
        assertThat(basic(PASSWORD)).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND entity_id = ?",
                        Integer.class,
                        username))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'UNLOCK' AND entity_id = ? AND actor = 'admin'",
                        Integer.class,
                        username))
                .isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(basic("wrong-" + i)).isEqualTo(401);
        }
        assertThat(basic(PASSWORD)).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(basic("again-" + i)).as("free again %d", i).isEqualTo(401);
        }
        assertThat(basic(PASSWORD)).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsBlockedAndOtherAddressesAreNot() throws Exception {
        for (int i = 1; i <= 21; i++) {
            int status = mvc.perform(get("/api/me")
                            .with(httpBasic("nobody-" + i + "-" + username, "x"))
                            .with(from(address)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("failure %d", i).isEqualTo(401);
        }
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(someAddress())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

        mvc.perform(delete("/api/admin/sign-in-locks").param("address", address).with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        assertThat(basic(PASSWORD)).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedSignIn() throws Exception {
        Cookie session = mvc.perform(signIn(PASSWORD).with(from(address)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        for (int i = 1; i <= 6; i++) {
            mvc.perform(post("/api/me/password")
                            .cookie(session)
                            .with(csrf())
                            .with(from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"currentPassword\": \"guess-" + i + "\", \"newPassword\": \"Anything-long-9\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("currentPassword"));
        }
        mvc.perform(post("/api/me/password")
                        .cookie(session)
                        .with(csrf())
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"Anything-long-9\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(basic(PASSWORD)).isEqualTo(429);
    }
}
