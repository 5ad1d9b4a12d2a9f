package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.CfkApplication;
import cn.dongguan.cfk.support.Inventory;
import cn.dongguan.cfk.support.PostgisInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many writers holding the same ETag, spread over two application instances on one database:
 * exactly one change lands, the others get 412, and no update is lost. The unit is made for the test.
 */
class ConcurrentEditTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        PostgisInitializer.Database db = PostgisInitializer.database();
        return new SpringApplicationBuilder(CfkApplication.class)
                .profiles("demo", "test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--spring.datasource.hikari.maximum-pool-size=8");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void sixteenWritersWithOneETagOnTwoInstancesExactlyOneWins() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        Inventory inventory = new Inventory(jdbc);
        long id = inventory.unitInPark("DG-P26", "VACANT");
        long version = inventory.unitVersion(id);
        int eventsBefore = inventory.events(id);

        int writers = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int rent = 100 + i; // the unit's rent is 20, so every write is a change
            int port = port(i % 2 == 0 ? first : second);
            results.add(pool.submit(() -> {
                go.await();
                return http.send(
                        patch(port, id, version, "{\"rentYuanM2Month\": " + rent + "}"),
                        HttpResponse.BodyHandlers.ofString());
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> winners = new ArrayList<>();
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> response = f.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 200) {
                winners.add(response.body());
            }
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        assertThat(inventory.unitVersion(id)).isEqualTo(version + 1);
        assertThat(inventory.events(id)).isEqualTo(eventsBefore + 1);
        java.math.BigDecimal stored = jdbc.queryForObject(
                "SELECT rent_yuan_m2_month FROM space_unit WHERE id = ?", java.math.BigDecimal.class, id);
        var m = java.util.regex.Pattern.compile("\"rentYuanM2Month\":([0-9.]+)").matcher(winners.get(0));
        assertThat(m.find()).isTrue();
        assertThat(new java.math.BigDecimal(m.group(1)))
                .as("the winner's change is what is stored")
                .isEqualByComparingTo(stored);
    }

    private static HttpRequest patch(int port, long id, long version, String body) {
        String basic = Base64.getEncoder().encodeToString("manager26:demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/units/" + id))
                .header("Authorization", "Basic " + basic)
                .header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
