package cn.dongguan.cfk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.HttpIntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Debian's nginx with deploy/nginx/cfk.conf in front of the running app, as docker-compose.yml puts it
 * (only the listening port, the cache directory and the upstream's address are this test's): tiles are
 * stored and served from the cache, an edit shows through it within the documented bound (max-age +
 * stale-while-revalidate of the map answers), credentials bypass it, JSON is gzipped and the app builds
 * its links from the forwarded headers. .ci/run installs nginx.
 */
@HttpIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxCacheTest {

    private static final String PARK = "DG-P17";
    private static final String MANAGER = "manager17";

    @LocalServerPort
    int appPort;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${cfk.maplayer.http-cache.max-age}")
    Duration maxAge;

    @Value("${cfk.maplayer.http-cache.stale-while-revalidate}")
    Duration staleWhileRevalidate;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Path dir;
    private Process nginx;
    private int port;

    @BeforeAll
    void startNginx() throws Exception {
        String binary = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx").stream()
                .filter(b -> Files.isExecutable(Path.of(b)))
                .findFirst()
                .orElse(null);
        if (binary == null) {
            fail("nginx is not installed (Debian package nginx; .ci/run installs it): this test must not be skipped");
        }
        dir = Files.createTempDirectory("cfk-nginx-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String site = Files.readString(Path.of("..", "deploy", "nginx", "cfk.conf"))
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("/var/cache/nginx/cfk", dir.resolve("cache").toString());
        assertThat(site)
                .contains("listen 127.0.0.1:" + port)
                .contains(dir.resolve("cache").toString());
        Files.writeString(dir.resolve("cfk.conf"), site);
        String upstream = Files.readString(Path.of("..", "deploy", "nginx", "upstream.conf"))
                .replace("server app:8080;", "server 127.0.0.1:" + appPort + ";");
        Files.writeString(dir.resolve("upstream.conf"), upstream);
        String root = System.getProperty("user.name").equals("root") ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), root + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/upstream.conf;
                    include %1$s/cfk.conf;
                }
                """.formatted(dir));
        nginx = new ProcessBuilder(
                        binary,
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            try {
                send(get("/api/map/config"));
                return;
            } catch (IOException notYet) {
                if (!nginx.isAlive()) {
                    fail("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
                }
                Thread.sleep(100);
            }
        }
        fail("nginx does not answer on port " + port + ": " + Files.readString(dir.resolve("nginx.out")));
    }

    @AfterAll
    void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    @Test
    void theSecondRequestOfATileIsACacheHitAndCarriesNoOneElsesCookie() throws Exception {
        String tile = "/tiles/towns/10/" + tileX(113.75, 10) + "/" + tileY(22.95, 10) + ".mvt";
        HttpResponse<byte[]> first = send(get(tile));
        HttpResponse<byte[]> second = send(get(tile));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Cache-Status")).hasValue("MISS");
        assertThat(second.headers().firstValue("X-Cache-Status")).hasValue("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow())
                .contains("public")
                .contains("max-age=");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anEditShowsThroughTheCacheWithinMaxAgePlusStaleWhileRevalidate() throws Exception {
        FreeLand.Box box = new FreeLand(jdbc).inPark(PARK, 60);
        FreeLand.Box first = box.part(0, 0, 0.4, 0.4);
        FreeLand.Box second = box.part(0.6, 0.6, 1, 1);
        int z = 15;
        while (tileX(box.west(), z) != tileX(box.east(), z) || tileY(box.south(), z) != tileY(box.north(), z)) {
            z--;
        }
        String tile = "/tiles/buildings/" + z + "/" + tileX(box.west(), z) + "/" + tileY(box.north(), z) + ".mvt";
        assertThat(addBuilding(first).statusCode()).isEqualTo(201);
        HttpResponse<byte[]> before = send(get(tile));
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(send(get(tile)).headers().firstValue("X-Cache-Status")).hasValue("HIT");

        HttpResponse<byte[]> created = addBuilding(second);
        long committed = System.nanoTime();
        assertThat(created.statusCode())
                .as(new String(created.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);

        Duration bound = maxAge.plus(staleWhileRevalidate);
        HttpResponse<byte[]> now = send(get(tile));
        while (sameTile(now, before)
                && System.nanoTime() - committed < bound.plusSeconds(5).toNanos()) {
            Thread.sleep(100);
            now = send(get(tile));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - committed);
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(sameTile(now, before))
                .as("the tile with the new building, after %s", took)
                .isFalse();
        // a second of slack for this shared, busy test machine
        assertThat(took).isLessThanOrEqualTo(bound.plusSeconds(1));
    }

    /** A building on that footprint, written through nginx as an API client writes (HTTP Basic). */
    private HttpResponse<byte[]> addBuilding(FreeLand.Box footprint) throws IOException, InterruptedException {
        String building = "{\"parkCode\": \"" + PARK + "\", \"name\": \"" + Inventory.unique("缓存测试厂房")
                + "\", \"type\": \"标准厂房\", \"floors\": 2, \"geometry\": " + footprint.polygon() + "}";
        return send(get("/api/buildings")
                .header("Authorization", basic(MANAGER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(building)));
    }

    @Test
    void requestsWithCredentialsBypassTheCacheAndNothingPersonalIsStored() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> parks = send(get("/api/map/parks").header("Authorization", basic("staff")));
            assertThat(parks.headers().firstValue("X-Cache-Status")).hasValue("BYPASS");
            HttpResponse<byte[]> me = send(get("/api/me").header("Authorization", basic("staff")));
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.headers().firstValue("X-Cache-Status")).isEmpty();
        }
    }

    @Test
    void jsonIsGzippedAndLinksFollowTheForwardedHeaders() throws Exception {
        HttpResponse<byte[]> tileJson = send(get("/tiles/buildings.json").header("Accept-Encoding", "gzip"));
        assertThat(tileJson.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String body = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(tileJson.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(body).contains("\"http://127.0.0.1:" + port + "/tiles/buildings/{z}/{x}/{y}.mvt\"");
    }

    @Test
    void dockerComposePutsThisConfigurationInFrontOfTheApp() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        String nginxService = compose.substring(compose.indexOf("  nginx:"), compose.indexOf("\nvolumes:"));
        assertThat(nginxService)
                .contains("./deploy/nginx/cfk.conf:/etc/nginx/conf.d/default.conf")
                .contains("./deploy/nginx/upstream.conf:/etc/nginx/conf.d/00-upstream.conf")
                .contains("\"8080:80\"");
        String app = compose.substring(compose.indexOf("  app:"), compose.indexOf("  nginx:"));
        assertThat(app).as("only nginx is published").doesNotContain("ports:");
    }

    private static boolean sameTile(HttpResponse<byte[]> a, HttpResponse<byte[]> b) {
        return a.statusCode() == b.statusCode() && Arrays.equals(a.body(), b.body());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    private static int tileY(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }
}
