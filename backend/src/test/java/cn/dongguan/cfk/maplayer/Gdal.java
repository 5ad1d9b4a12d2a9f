package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs GDAL's command-line tools (Debian's gdal-bin; .ci/run installs it) as a GIS user would. A
 * missing GDAL fails the test with a clear message: these tests are the proof that GIS tools can read
 * our layers, so they must never be skipped silently.
 */
final class Gdal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Gdal() {}

    /** Runs a GDAL tool and returns its standard output; a non-zero exit fails the test with its errors. */
    static String run(String... command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("gdal-out", ".txt");
            err = Files.createTempFile("gdal-err", ".txt");
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
            } catch (IOException e) {
                return fail("GDAL's '" + command[0] + "' is not installed or not on the PATH (" + e.getMessage()
                        + "). Install Debian's gdal-bin (apt-get install gdal-bin), as .ci/run does; "
                        + "these tests must not be skipped.");
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(String.join(" ", command) + " did not finish within 120 s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                return fail(
                        String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + stderr + stdout);
            }
            return stdout;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    /**
     * Decodes a vector tile with GDAL's MVT driver into a GeoJSON FeatureCollection in WGS84. The MVT
     * feature id appears as the property {@code mvt_id}.
     */
    static JsonNode decodeTile(byte[] tile, String layer, TileCoordinates at) {
        Path file = null;
        try {
            file = Files.createTempFile("tile", ".mvt");
            Files.write(file, tile);
            List<String> command = new ArrayList<>(List.of(
                    "ogr2ogr",
                    "-f",
                    "GeoJSON",
                    "/vsistdout/",
                    file.toString(),
                    "-oo",
                    "X=" + at.x(),
                    "-oo",
                    "Y=" + at.y(),
                    "-oo",
                    "Z=" + at.z(),
                    "-t_srs",
                    "EPSG:4326",
                    layer));
            return JSON.readTree(run(command.toArray(String[]::new)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans up
            }
        }
    }
}
