package cn.dongguan.cfk.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.dongguan.cfk.support.HttpIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API documents as a client generator reads them, linted by Redocly CLI 2.77.0 with its recommended
 * rules (npx, from the npm registry): no errors. The documents are exported to
 * {@code backend/target/api-docs/} for other tools.
 */
@HttpIntegrationTest
class ApiDocumentLintTest {

    private static final String REDOCLY = "@redocly/cli@2.77.0";

    @LocalServerPort
    int port;

    @Test
    void theApiDocumentHasNoErrorsUnderRedoclysRecommendedRules() throws Exception {
        assertThat(lint(export("/v3/api-docs", "cfk.json"))).isEmpty();
    }

    @Test
    void theOgcServicesDocumentHasNoErrorsUnderRedoclysRecommendedRules() throws Exception {
        assertThat(lint(export("/ogc/api", "ogc.json"))).isEmpty();
    }

    private Path export(String path, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        Path file = Path.of("target", "api-docs", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, response.body());
        return file;
    }

    /** Redocly's errors about the document (its warnings aside), one line each; empty when none. */
    private static String lint(Path document) throws IOException, InterruptedException {
        Path log = document.resolveSibling(document.getFileName() + ".lint.txt");
        Process process;
        try {
            process = new ProcessBuilder(
                            "npx",
                            "--yes",
                            REDOCLY,
                            "lint",
                            "--extends=recommended",
                            "--format=stylish",
                            document.toString())
                    .directory(document.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            return fail("Redocly CLI needs npx (Node.js and npm, installed by .ci/run): " + e.getMessage());
        }
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("npx " + REDOCLY + " lint did not finish within 300 s; log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() == 0) {
            return "";
        }
        if (!output.contains("error")) {
            return fail("npx " + REDOCLY + " lint failed to run:\n" + output);
        }
        StringBuilder errors = new StringBuilder();
        output.lines()
                .filter(l -> l.contains(" error "))
                .forEach(l -> errors.append(l).append('\n'));
        return errors.isEmpty() ? output : errors.toString();
    }
}
