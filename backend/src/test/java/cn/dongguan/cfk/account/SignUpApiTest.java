package cn.dongguan.cfk.account;

import static cn.dongguan.cfk.support.TestRequests.from;
import static cn.dongguan.cfk.support.TestRequests.newCreditCode;
import static cn.dongguan.cfk.support.TestRequests.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.AccountFixtures;
import cn.dongguan.cfk.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Enterprises sign themselves up (issue 12): an unverified ENTERPRISE account linked to its enterprise,
 * speaking for it only once staff verified it; one account per credit code; rate-limited per address.
 */
@IntegrationTest
class SignUpApiTest {

    private static final String PASSWORD = "Harbour-lights-45";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        AccountFixtures.clean(jdbc);
    }

    private ResultActions signUp(String creditCode, String password, String address) throws Exception {
        return mvc.perform(post("/api/signup")
                .with(csrf())
                .with(from(address))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"companyName\": \"东莞注册测试有限公司\", \"creditCode\": \"" + creditCode
                        + "\", \"contactName\": \"周女士\", \"contactPhone\": \"0769-88886666\", \"password\": \""
                        + password + "\"}"));
    }

    @Test
    void aSignedUpEnterpriseSpeaksForItsEnterpriseOnlyOnceStaffVerifiedIt() throws Exception {
        String code = newCreditCode();
        String username = code.toLowerCase();
        signUp(code, PASSWORD, someAddress())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.verified").value(false));
        long enterprise = jdbc.queryForObject("SELECT id FROM enterprise WHERE credit_code = ?", Long.class, code);

        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ENTERPRISE"))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.enterpriseId").doesNotExist());
        mvc.perform(get("/api/signups").with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].enterpriseId")
                        .value((int) enterprise));
        mvc.perform(post("/api/signups/{u}/verify", username).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/signups/{u}/verify", username).with(httpBasic("staff", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.enterpriseId").value((int) enterprise));
    }

    @Test
    void anEnterpriseAlreadyInTheDirectoryIsLinkedAndASecondAccountIsRefusedClearly() throws Exception {
        var existing = jdbc.queryForMap("""
                SELECT e.id, e.credit_code FROM enterprise e
                WHERE e.credit_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user a WHERE a.enterprise_id = e.id)
                ORDER BY e.id DESC LIMIT 1""");
        String code = (String) existing.get("credit_code");
        long enterprises = jdbc.queryForObject("SELECT count(*) FROM enterprise", Long.class);
        signUp(code, PASSWORD, someAddress()).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise", Long.class))
                .isEqualTo(enterprises);
        assertThat(jdbc.queryForObject(
                        "SELECT enterprise_id FROM app_user WHERE username = ?", Long.class, code.toLowerCase()))
                .isEqualTo(((Number) existing.get("id")).longValue());

        signUp(code.toLowerCase(), PASSWORD, someAddress())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("creditCode"))
                .andExpect(jsonPath("$.username").value(code.toLowerCase()));
        // the demo enterprise account's enterprise has an account too
        String demo = jdbc.queryForObject(
                "SELECT e.credit_code FROM enterprise e JOIN app_user a ON a.enterprise_id = e.id WHERE a.username = 'enterprise'",
                String.class);
        signUp(demo, PASSWORD, someAddress()).andExpect(status().isConflict());
    }

    @Test
    void aBadCreditCodeOrAWeakPasswordIsRefusedAndNothingIsCreated() throws Exception {
        long users = jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class);
        String code = newCreditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        signUp(wrong, PASSWORD, someAddress())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("creditCode"));
        signUp(code, "1234567890", someAddress())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.rule").value("common"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class))
                .isEqualTo(users);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE credit_code = ?", Long.class, code))
                .isZero();
    }

    @Test
    void oneAddressCanSignUpOnlyAFewTimesAnHour() throws Exception {
        String address = someAddress();
        for (int i = 1; i <= 10; i++) {
            signUp(newCreditCode(), i % 2 == 0 ? PASSWORD : "short", address)
                    .andExpect(result ->
                            assertThat(result.getResponse().getStatus()).isIn(201, 400));
        }
        signUp(newCreditCode(), PASSWORD, address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        signUp(newCreditCode(), PASSWORD, someAddress()).andExpect(status().isCreated());
    }
}
