package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.CfkApplication;
import cn.dongguan.cfk.support.PostgisInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outside the demo profile (issue 12): the sign-in page is told there are no demo accounts; the API
 * docs, the metrics and the health details are for administrators only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionProfileTest {

    static final String ADMIN_PASSWORD = "Production-start-2026";

    ConfigurableApplicationContext app;
    int port;
    String demoHash;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startAsADeploymentWould() {
        PostgisInitializer.Database db = PostgisInitializer.database();
        app = new SpringApplicationBuilder(CfkApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--cfk.admin.password=" + ADMIN_PASSWORD);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        demoHash = app.getBean(JdbcTemplate.class)
                .queryForObject("SELECT password_hash FROM app_user WHERE username = 'staff'", String.class);
    }

    @AfterAll
    void giveTheTestDatabaseItsDemoAdministratorBack() {
        app.getBean(JdbcTemplate.class)
                .update("UPDATE app_user SET password_hash = ? WHERE username = 'admin'", demoHash);
        app.close();
    }

    private HttpResponse<String> get(String path, boolean asAdmin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (asAdmin) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignInPageIsToldThereAreNoDemoAccounts() throws Exception {
        assertThat(get("/api/sign-in-options", false).body()).contains("\"demoAccounts\":false");
        assertThat(get("/login.html", false).body())
                .as("the demo hint is hidden unless the app says the demo accounts exist")
                .contains("id=\"demo-hint\" class=\"hint\" hidden");
    }

    @Test
    void apiDocsMetricsAndHealthDetailsAreForAdministrators() throws Exception {
        for (String path :
                new String[] {"/v3/api-docs", "/swagger-ui/index.html", "/actuator/prometheus", "/actuator/info"}) {
            assertThat(get(path, false).statusCode()).as("anonymous %s", path).isEqualTo(401);
        }
        assertThat(get("/v3/api-docs", true).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", true).statusCode()).isEqualTo(200);

        HttpResponse<String> health = get("/actuator/health", false);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db");
        assertThat(get("/actuator/health", true).body()).contains("components").contains("db");
        // the OGC service's own OpenAPI document stays public: GIS clients read it
        assertThat(get("/ogc/api", false).statusCode()).isEqualTo(200);
    }
}
