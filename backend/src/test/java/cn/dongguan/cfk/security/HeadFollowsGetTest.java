package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.Endpoints;
import cn.dongguan.cfk.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A HEAD request is authorised exactly as its GET, for every GET endpoint the app has (issue 12: staff
 * endpoints answered HEAD with 200 to anyone, and Content-Length told whether a search matched).
 */
@IntegrationTest
class HeadFollowsGetTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @ParameterizedTest(name = "as {0}")
    @NullSource
    @ValueSource(strings = {"enterprise", "manager01", "staff"})
    void everyHeadIsAnsweredWithTheStatusOfItsGet(String user) throws Exception {
        var endpoints = new Endpoints(jdbc).gets(mappings);
        // a session, not HTTP Basic: the walk makes a few hundred requests, and bcrypt takes its time
        Cookie session = user == null
                ? null
                : mvc.perform(formLogin("/login").user(user).password("demo"))
                        .andReturn()
                        .getResponse()
                        .getCookie("SESSION");
        assertThat(endpoints).hasSizeGreaterThan(30);
        int refused = 0;
        for (Endpoints.Get endpoint : endpoints) {
            MockHttpServletResponse get =
                    mvc.perform(as(session, get(endpoint.path()))).andReturn().getResponse();
            MockHttpServletResponse head =
                    mvc.perform(as(session, head(endpoint.path()))).andReturn().getResponse();
            assertThat(head.getStatus())
                    .as("HEAD %s as %s", endpoint.path(), user)
                    .isEqualTo(get.getStatus());
            if (get.getStatus() == 401 || get.getStatus() == 403) {
                refused++;
            }
        }
        assertThat(refused).as("some endpoints are not for %s", user).isPositive();
    }

    @Test
    void anAnonymousHeadLearnsNothingAboutStaffOnlyData() throws Exception {
        String code = jdbc.queryForObject("SELECT credit_code FROM enterprise WHERE id = 1", String.class);
        for (String q : new String[] {code, "no-such-code-at-all"}) {
            mvc.perform(head("/api/enterprises").param("q", q))
                    .andExpect(status().isUnauthorized())
                    .andExpect(result -> assertThat(result.getResponse().getContentLength())
                            .isEqualTo(mvc.perform(head("/api/enterprises").param("q", "x"))
                                    .andReturn()
                                    .getResponse()
                                    .getContentLength()));
        }
        mvc.perform(head("/api/me")).andExpect(status().isUnauthorized());
        mvc.perform(head("/api/me").with(httpBasic("staff", "demo"))).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder as(Cookie session, MockHttpServletRequestBuilder request) {
        return session == null ? request : request.cookie(session);
    }
}
