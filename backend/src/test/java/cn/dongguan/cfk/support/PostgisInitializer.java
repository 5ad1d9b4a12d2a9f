package cn.dongguan.cfk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one place that decides which PostGIS the integration tests use: Testcontainers' PostGIS
 * image when a Docker engine is reachable, otherwise the PostGIS that ./test.sh started
 * (CFK_TEST_DATASOURCE_URL, default jdbc:postgresql://127.0.0.1:55432/cfk_test).
 */
public class PostgisInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final DockerImageName POSTGIS =
            DockerImageName.parse("postgis/postgis:16-3.5").asCompatibleSubstituteFor("postgres");

    private static volatile Database database;

    public record Database(String url, String username, String password) {}

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Database db = database();
        TestPropertyValues.of(
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password())
                .applyTo(context.getEnvironment());
    }

    /** The test database, also for tests that talk to PostGIS without Spring. */
    public static synchronized Database database() {
        if (database == null) {
            database = dockerAvailable() ? startContainer() : localDatabase();
        }
        return database;
    }

    public static Connection connect() throws SQLException {
        Database db = database();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Ryuk removes it
    private static Database startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGIS);
        container.start();
        return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Database localDatabase() {
        Database db = new Database(
                env("CFK_TEST_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:55432/cfk_test"),
                env("CFK_TEST_DATASOURCE_USERNAME", "cfk"),
                env("CFK_TEST_DATASOURCE_PASSWORD", "cfk"));
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            connection.isValid(5);
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "No Docker engine, and no PostGIS at " + db.url()
                            + ". Run the tests with ./test.sh, which starts one, or set CFK_TEST_DATASOURCE_URL.",
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
