package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.CfkApplication;
import cn.dongguan.cfk.support.HttpIntegrationTest;
import cn.dongguan.cfk.support.PostgisInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances on one database (SPEC §8: stateless instances): a user signs in on one and writes
 * on the other, signs out on the second and is signed out on the first. Behind a reverse proxy, the
 * forwarded scheme makes cookies Secure and the forwarded client address is the one audited.
 */
@HttpIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstanceSessionTest {

    @LocalServerPort
    int portA;

    @Autowired
    JdbcTemplate jdbc;

    ConfigurableApplicationContext instanceB;
    int portB;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startASecondInstance() {
        PostgisInitializer.Database db = PostgisInitializer.database();
        instanceB = new SpringApplicationBuilder(CfkApplication.class)
                .profiles("demo", "test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--spring.datasource.hikari.maximum-pool-size=5");
        portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    @AfterAll
    void stopIt() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    /** A browser's cookie jar, by name. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private HttpResponse<String> send(int port, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), value);
            }
        }
        return response;
    }

    private void signIn(int port, String username, String... headers) throws Exception {
        send(port, "GET", "/api/sign-in-options", null, headers);
        List<String> all = new java.util.ArrayList<>(List.of(headers));
        all.addAll(List.of("Content-Type", "application/x-www-form-urlencoded", "X-Requested-With", "XMLHttpRequest"));
        HttpResponse<String> login =
                send(port, "POST", "/login", "username=" + username + "&password=demo", all.toArray(String[]::new));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(cookies).containsKey("SESSION");
    }

    @Test
    void aUserSignedInOnOneInstanceWritesOnTheOtherAndSignsOutOnBoth() throws Exception {
        cookies.clear();
        signIn(portA, "manager07");
        HttpResponse<String> me = send(portB, "GET", "/api/me", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"manager07\"");

        long unit = jdbc.queryForObject("""
                SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P07'""", Long.class);
        String etag = send(portB, "GET", "/api/units/" + unit, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> write = send(
                portB,
                "PATCH",
                "/api/units/" + unit,
                "{\"rentYuanM2Month\": 27.5}",
                "Content-Type",
                "application/json",
                "If-Match",
                etag);
        assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT actor FROM audit_event WHERE entity = 'space_unit' AND entity_id = ? ORDER BY id DESC LIMIT 1",
                        String.class,
                        Long.toString(unit)))
                .isEqualTo("manager07");

        String session = cookies.get("SESSION");
        assertThat(send(portB, "POST", "/logout", null).statusCode()).isEqualTo(200);
        // the session cookie the browser had is worth nothing on either instance now
        cookies.put("SESSION", session);
        assertThat(send(portA, "GET", "/api/me", null).statusCode()).isEqualTo(401);
        assertThat(send(portB, "GET", "/api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndedOnOneInstanceIsEndedOnTheOther() throws Exception {
        cookies.clear();
        signIn(portB, "manager08");
        String session = cookies.get("SESSION");
        assertThat(send(portA, "GET", "/api/me", null).statusCode()).isEqualTo(200);
        assertThat(send(portA, "POST", "/logout", null).statusCode()).isEqualTo(200);
        cookies.put("SESSION", session);
        assertThat(send(portB, "GET", "/api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void behindAProxyCookiesAreSecureAndTheForwardedClientIsAudited() throws Exception {
        cookies.clear();
        String[] proxy = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9"};
        HttpResponse<String> any = send(portA, "GET", "/api/sign-in-options", null, proxy);
        assertThat(any.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("XSRF-TOKEN=")
                        .contains("Secure")
                        .contains("SameSite=Lax"));
        List<String> all = new java.util.ArrayList<>(List.of(proxy));
        all.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
        HttpResponse<String> login =
                send(portA, "POST", "/login", "username=manager09&password=demo", all.toArray(String[]::new));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("SESSION=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(jdbc.queryForObject("""
                        SELECT client_address FROM audit_event WHERE action = 'SIGN_IN' AND entity_id = 'manager09'
                        ORDER BY id DESC LIMIT 1""", String.class)).isEqualTo("203.0.113.9");
    }
}
