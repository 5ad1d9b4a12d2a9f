package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The weakness classes of issue 12 that live in the security layer: CSRF also with HTTP Basic when the
 * session cookie comes along, NUL bytes, the session and CSRF cookies, the sign-in that never
 * redirects off the site, and the security headers on every answer (with no inline script anywhere).
 */
@IntegrationTest
class CsrfCookiesAndHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long[] unit(String park) {
        return jdbc.queryForObject("""
                SELECT u.id, u.version FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = ? ORDER BY u.id DESC LIMIT 1""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, park);
    }

    private MockHttpServletRequestBuilder confirm(long id) {
        return post("/api/units/{id}/confirm", id);
    }

    @Test
    void basicCredentialsDoNotSkipCsrfWhenTheSessionCookieComesAlong() throws Exception {
        long id = unit("DG-P16")[0];
        Cookie session = mvc.perform(formLogin("/login").user("manager16").password("demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(confirm(id).with(httpBasic("manager16", "demo")).cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("CSRF")));
        mvc.perform(confirm(id).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(confirm(id).cookie(session).with(csrf())).andExpect(status().isOk());
        // an API client: Basic, no session cookie, not a browser on another site
        mvc.perform(confirm(id).with(httpBasic("manager16", "demo"))).andExpect(status().isOk());
        // a browser on another site that remembered Basic credentials: refused before they are even read
        long version = unit("DG-P16")[1];
        mvc.perform(confirm(id).with(httpBasic("manager16", "demo")).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isUnauthorized());
        mvc.perform(confirm(id).with(httpBasic("manager16", "demo")).header("Origin", "https://evil.example"))
                .andExpect(status().isUnauthorized());
        assertThat(unit("DG-P16")[1]).isEqualTo(version);
    }

    @Test
    void aNulInAParameterIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/spaces").param("q", "厂房\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(post("/login")
                        .param("username", "staff\u0000")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("username"));
        mvc.perform(get(java.net.URI.create("/api/parks/DG-P01%00"))).andExpect(status().isBadRequest());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOverHttps() throws Exception {
        MockHttpServletResponse plain = mvc.perform(
                        formLogin("/login").user("manager17").password("demo"))
                .andReturn()
                .getResponse();
        String session = setCookie(plain, "SESSION");
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        MockHttpServletResponse secure = mvc.perform(post("/login")
                        .param("username", "manager17")
                        .param("password", "demo")
                        .with(csrf())
                        .secure(true))
                .andReturn()
                .getResponse();
        assertThat(setCookie(secure, "SESSION"))
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        // the XSRF-TOKEN cookie is checked on a real server (TwoInstanceSessionTest): MockMvc's csrf()
        // helper swaps the token repository of the shared context for one of its own
    }

    private static String setCookie(MockHttpServletResponse response, String name) {
        return response.getHeaders("Set-Cookie").stream()
                .filter(h -> h.startsWith(name + "="))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no " + name + " cookie in " + response.getHeaders("Set-Cookie")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example"})
    void aSignInAnswersWithTheUserAndNeverRedirects(String next) throws Exception {
        mvc.perform(get("/api/projects")).andExpect(status().isUnauthorized());
        mvc.perform(post("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8))
                        .param("username", "staff")
                        .param("password", "demo")
                        .param("continue", next)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.username").value("staff"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/login.html", "/api/parks", "/tiles/parks.json", "/ogc", "/api/no-such-thing", "/api/me"})
    void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as(path).isNotNull().contains("frame-ancestors 'none'").contains("object-src 'none'");
        String scripts = Stream.of(csp.split(";"))
                .map(String::trim)
                .filter(d -> d.startsWith("script-src"))
                .findFirst()
                .orElseThrow();
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noPageHasInlineScriptOrStyleAttributes() throws IOException {
        Path pages = Path.of("../frontend/src/main/resources/static");
        List<Path> html;
        try (var files = Files.list(pages)) {
            html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(html).hasSizeGreaterThan(8);
        for (Path page : html) {
            String text = Files.readString(page);
            assertThat(INLINE_SCRIPT.matcher(text).find())
                    .as("inline <script> in %s", page)
                    .isFalse();
            assertThat(INLINE_HANDLER.matcher(text).find())
                    .as("inline event handler in %s", page)
                    .isFalse();
            assertThat(text).as("javascript: URL in %s", page).doesNotContainIgnoringCase("javascript:");
            assertThat(text).as("<style> element in %s", page).doesNotContainIgnoringCase("<style");
            assertThat(text).as("style attribute in %s", page).doesNotContain(" style=");
        }
    }
}
