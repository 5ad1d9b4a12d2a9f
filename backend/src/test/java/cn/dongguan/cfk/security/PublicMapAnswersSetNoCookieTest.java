package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.HttpIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shared HTTP cache stores no answer that sets a cookie: the public map answers (tiles, TileJSON,
 * OGC API, /api/map) set none, while the pages and the API a form is sent from still hand out the
 * XSRF-TOKEN cookie the form sends back.
 */
@HttpIntegrationTest
class PublicMapAnswersSetNoCookieTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private List<String> cookies(String path) throws Exception {
        HttpResponse<Void> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as(path).isIn(200, 204);
        return answer.headers().allValues("Set-Cookie");
    }

    @Test
    void anonymousMapAnswersSetNoCookieAndTheSignInOptionsDo() throws Exception {
        for (String path : List.of(
                "/tiles/buildings.json",
                "/tiles/buildings/13/0/0.mvt",
                "/ogc/collections",
                "/ogc",
                "/api/map/config",
                "/api/map/towns")) {
            assertThat(cookies(path)).as(path).isEmpty();
        }
        assertThat(cookies("/api/sign-in-options")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
    }
}
