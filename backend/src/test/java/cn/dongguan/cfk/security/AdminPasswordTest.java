package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.CfkApplication;
import cn.dongguan.cfk.support.PostgisInitializer;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outside the demo profile the app will not start without an administrator password, and never has demo accounts. */
class AdminPasswordTest {

    /** Starts the app as a deployment would, without the demo profile; arguments win over application.yml. */
    private static ConfigurableApplicationContext production(String adminPassword) {
        PostgisInitializer.Database db = PostgisInitializer.database();
        return new SpringApplicationBuilder(CfkApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--cfk.admin.password=" + adminPassword);
    }

    @Test
    void aProductionStartWithoutAnAdministratorPasswordRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> production("").close()).hasStackTraceContaining("CFK_ADMIN_PASSWORD");
        assertThatThrownBy(() -> production("short").close())
                .hasStackTraceContaining("CFK_ADMIN_PASSWORD")
                .hasStackTraceContaining("minLength");
    }

    @Test
    void aProductionStartWithACommonAdministratorPasswordRefusesToStartNamingTheRule() {
        assertThatThrownBy(() -> production("password123").close())
                .hasStackTraceContaining("CFK_ADMIN_PASSWORD")
                .hasStackTraceContaining("common");
    }

    @Test
    void aProductionStartWithAPasswordSetsTheAdministratorAndCreatesNoDemoAccounts() throws Exception {
        try (ConfigurableApplicationContext app = production("s3cret-enough")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String demoHash = null;
            try {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                var http = java.net.http.HttpClient.newHttpClient();
                var me = http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/me"))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString("admin:s3cret-enough".getBytes()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(me.statusCode()).isEqualTo(200);
                assertThat(me.body()).contains("\"role\":\"ADMIN\"");
                assertThat(app.getBeanNamesForType(DemoAccounts.class)).isEmpty();
                demoHash = jdbc.queryForObject(
                        "SELECT password_hash FROM app_user WHERE username = 'staff'", String.class);
            } finally {
                // Give the shared test database its demo administrator back.
                jdbc.update(
                        "UPDATE app_user SET password_hash = coalesce(?, password_hash) WHERE username = 'admin'",
                        demoHash);
            }
        }
    }
}
