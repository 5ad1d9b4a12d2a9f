package cn.dongguan.cfk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the deployment files promise (issue 12): docker compose publishes the database on the loopback
 * interface only and starts the production profile, with the demo as an explicit override; the local
 * cluster of scripts/postgis.sh lets no other OS user in through its socket nor with a known password.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void dockerComposePublishesTheDatabaseOnLoopbackOnlyAndStartsProduction() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String db = compose.substring(compose.indexOf("  db:"), compose.indexOf("  app:"));
        Matcher ports = Pattern.compile("-\\s*\"([^\"]+)\"").matcher(db.substring(db.indexOf("ports:")));
        assertThat(ports.find()).isTrue();
        assertThat(ports.group(1)).startsWith("127.0.0.1:");
        String app = compose.substring(compose.indexOf("  app:"));
        assertThat(app).contains("SPRING_PROFILES_ACTIVE: ${CFK_PROFILE:-}").contains("CFK_ADMIN_PASSWORD");
        assertThat(Files.readString(ROOT.resolve("docker-compose.demo.yml"))).contains("SPRING_PROFILES_ACTIVE: demo");
    }

    @Test
    void theLocalClusterClosesItsSocketAndUsesNoKnownPassword() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("scripts/postgis.sh"));
        String script = String.join("\n", lines);
        assertThat(script).contains("unix_socket_permissions=0700").contains("chmod 700 \"$dir/run\"");
        assertThat(script).contains("CFK_PG_PASSWORD=\"${CFK_PG_PASSWORD:-}\"");
        assertThat(script).contains("cfk-password").contains("umask 077");
    }
}
