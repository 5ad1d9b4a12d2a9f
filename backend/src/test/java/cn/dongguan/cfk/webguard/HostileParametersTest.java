package cn.dongguan.cfk.webguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.Endpoints;
import cn.dongguan.cfk.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input is never a 500 (issue 12): every GET and HEAD endpoint the app has (found from its
 * mappings, so new ones are walked too), each of its parameters and path variables given hostile
 * values — huge exponents, NaN, Infinity, NUL, fractions where ids go, overlong text — answers 4xx
 * (or 2xx where the value is fine as text), never echoes a long value back whole, and a parameter
 * declared as a number refuses every value that is no sensible number with a 400 naming it.
 */
@IntegrationTest
class HostileParametersTest {

    static final String LONG = "9".repeat(3000);

    static final List<String> HOSTILE = List.of(
            "1e-999999",
            "NaN",
            "1e999999",
            "-Infinity",
            "1.5",
            "-99999999999999999999999",
            "1.5d",
            "a\u0000b",
            "',\"<>%;--",
            "113.7,22.9,NaN,23",
            LONG);

    /** Parameters every search may read by name even when its method does not declare them. */
    static final Set<String> COMMON = Set.of("page", "size", "limit", "offset", "bbox", "q", "sort");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An administrator's session: every endpoint's own checks are reached (and no bcrypt per request). */
    Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        session = mvc.perform(formLogin("/login").user("admin").password("demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    @Test
    void noHostileParameterValueAnywhereIsAServerError() throws Exception {
        Endpoints endpoints = new Endpoints(jdbc);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoints.Get endpoint : endpoints.gets(mappings)) {
            if (endpoint.pattern().equals("/error")) {
                continue; // the container's error page, for error dispatches only (AccessRules)
            }
            for (String name : parameters(endpoint)) {
                boolean numeric = numeric(endpoint, name);
                for (String value : HOSTILE) {
                    // HEAD runs the same code as GET: a few values suffice to show it is answered alike
                    boolean[] methods =
                            HOSTILE.indexOf(value) < 4 ? new boolean[] {false, true} : new boolean[] {false};
                    for (boolean isHead : methods) {
                        MockHttpServletRequestBuilder request =
                                (isHead ? head(endpoint.path()) : get(endpoint.path())).param(name, value);
                        String what = (isHead ? "HEAD " : "GET ") + endpoint.path() + "?" + name + "="
                                + (value.length() > 30 ? value.substring(0, 30) + "…" : value);
                        requests++;
                        MockHttpServletResponse response = perform(request, what, failures);
                        if (response != null) {
                            check(what, response, value, numeric && !sensibleNumber(value), failures);
                        }
                    }
                }
            }
            for (String variable : Endpoints.variables(endpoint.pattern())) {
                for (String value : List.of("1.5", "NaN", "1e999999", "-1", "99999999999999999999999", "%00", LONG)) {
                    String path = endpoints.fill(endpoint.pattern(), variable, value);
                    String what = "GET " + endpoint.pattern() + " {" + variable + "}="
                            + value.substring(0, Math.min(30, value.length()));
                    requests++;
                    MockHttpServletResponse response = perform(get(java.net.URI.create(path)), what, failures);
                    if (response != null) {
                        check(what, response, value, false, failures);
                    }
                }
            }
        }
        assertThat(requests).as("the walk reaches the API").isGreaterThan(500);
        assertThat(failures).as("bad input answered badly").isEmpty();
    }

    @Test
    void jsonBodiesRefuseFractionsForWholeNumbersAndNulInTextsHoweverTheEndpointReadsThem() throws Exception {
        long unit = jdbc.queryForObject(
                "SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = 'DG-P18'",
                Long.class);
        Object confirmed =
                jdbc.queryForObject("SELECT last_confirmed_at FROM space_unit WHERE id = ?", Object.class, unit);
        mvc.perform(post("/api/units/confirm")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\": [" + unit + ".5]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitIds[0]"));
        assertThat(jdbc.queryForObject("SELECT last_confirmed_at FROM space_unit WHERE id = ?", Object.class, unit))
                .isEqualTo(confirmed);
        mvc.perform(post("/api/matching/preview")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"siteKind\": \"LAND\\u0000\", \"minAreaMu\": 5, \"maxAreaMu\": 9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("siteKind"));
    }

    /** The answer, or null after noting an exception that a server would have answered with 500. */
    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String what, List<String> failures) {
        try {
            return mvc.perform(request.cookie(session)).andReturn().getResponse();
        } catch (Exception e) {
            failures.add(what + " → 500 " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage())
                            .substring(
                                    0,
                                    Math.min(200, String.valueOf(e.getMessage()).length())));
            return null;
        }
    }

    private static void check(
            String what, MockHttpServletResponse response, String value, boolean mustRefuse, List<String> failures)
            throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString();
        if (status >= 500) {
            failures.add(what + " → " + status + " " + body.substring(0, Math.min(200, body.length())));
        } else if (mustRefuse && status != 400) {
            failures.add(what + " → " + status + " (a parameter declared as a number took it)");
        }
        if (value.length() > 1000 && body.contains(value.substring(0, 1000))) {
            failures.add(what + " → echoes the long value back whole");
        }
    }

    /** The declared request parameters of the endpoint, and the common ones. */
    private static Set<String> parameters(Endpoints.Get endpoint) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (java.util.Map.class.isAssignableFrom(parameter.getParameterType())
                    || jakarta.servlet.ServletRequest.class.isAssignableFrom(parameter.getParameterType())) {
                names.addAll(COMMON); // the endpoint reads parameters by name itself
            }
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null || java.util.Map.class.isAssignableFrom(parameter.getParameterType())) {
                continue;
            }
            String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether the endpoint declares the parameter as a number. */
    private static boolean numeric(Endpoints.Get endpoint, String name) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            String declared = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
            Class<?> type =
                    org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(parameter.getParameterType());
            if (name.equals(declared) && Number.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** 1.5 is a sensible number (for a decimal parameter; an integer one refuses it anyway). */
    private static boolean sensibleNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.abs().compareTo(new BigDecimal("1e15")) < 0 && number.scale() <= 15;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
