package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.CfkApplication;
import cn.dongguan.cfk.support.PostgisInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the demo profile the app will not start without an administrator password, and never has
 * demo accounts. A production start sets the shared test database's administrator password: each
 * test gives it back as it found it, pass or fail.
 */
class AdminPasswordTest {

    /** The administrator's password hash before the test; null when there was no administrator yet. */
    private String adminHashBefore;

    @BeforeEach
    void noteTheAdministratorPassword() throws SQLException {
        try (Connection db = PostgisInitializer.connect()) {
            adminHashBefore = hasUsers(db) ? adminHash(db) : null;
        }
    }

    @AfterEach
    void giveTheAdministratorPasswordBack() throws SQLException {
        try (Connection db = PostgisInitializer.connect()) {
            if (!hasUsers(db)) {
                return;
            }
            if (adminHashBefore == null) {
                // The production start made the administrator; the demo accounts make it again when needed.
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM app_user WHERE username = 'admin'")) {
                    delete.executeUpdate();
                }
                return;
            }
            try (PreparedStatement restore =
                    db.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = 'admin'")) {
                restore.setString(1, adminHashBefore);
                restore.executeUpdate();
            }
        }
    }

    private static boolean hasUsers(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT to_regclass('app_user') IS NOT NULL");
                ResultSet row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static String adminHash(Connection db) throws SQLException {
        try (PreparedStatement query =
                        db.prepareStatement("SELECT password_hash FROM app_user WHERE username = 'admin'");
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

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
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> me = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                                    .header("Authorization", "Basic " + basic("admin:s3cret-enough"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"role\":\"ADMIN\"");
            assertThat(app.getBeanNamesForType(DemoAccounts.class)).isEmpty();
        }
    }

    private static String basic(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
