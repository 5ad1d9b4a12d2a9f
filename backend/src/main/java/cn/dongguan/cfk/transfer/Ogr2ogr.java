package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * GDAL's ogr2ogr (Debian gdal-bin), run as a process: Shapefiles are translated to GeoJSON to be
 * read, and GeoJSON to a Shapefile to be written. Its command is {@code cfk.imports.ogr2ogr}; when it
 * cannot be run, {@link GisToolMissingException} (415) says so.
 */
@Component
class Ogr2ogr {

    private static final long TIMEOUT_MINUTES = 10;

    private final String command;

    @Autowired
    Ogr2ogr(ImportProperties properties) {
        this(properties.ogr2ogr());
    }

    Ogr2ogr(String command) {
        this.command = command;
    }

    /** 415 unless ogr2ogr runs. */
    void require() {
        try {
            Process p = new ProcessBuilder(command, "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new GisToolMissingException(command, "exit " + (p.isAlive() ? "timeout" : p.exitValue()));
            }
        } catch (IOException e) {
            throw new GisToolMissingException(command, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GisToolMissingException(command, "interrupted");
        }
    }

    /** A Shapefile as GeoJSON in its own coordinates; {@code encoding} of its .dbf when given (else its .cpg). */
    void toGeoJson(Path shp, String encoding, Path geojson) {
        List<String> args = new ArrayList<>(List.of(command));
        if (encoding != null) {
            args.addAll(List.of("--config", "SHAPE_ENCODING", encoding));
        }
        args.addAll(List.of("-f", "GeoJSON", geojson.toString(), shp.toString()));
        run(args, "Shapefile 无法读取", "The Shapefile cannot be read");
    }

    /** GeoJSON as a Shapefile (UTF-8 attributes, with .cpg and .prj) named {@code shp}. */
    void toShapefile(Path geojson, Path shp) {
        run(
                List.of(command, "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", shp.toString(), geojson.toString()),
                "Shapefile 无法写出",
                "The Shapefile cannot be written");
    }

    private void run(List<String> args, String zh, String en) {
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new FileRejected(zh + "：ogr2ogr 超时", en + ": ogr2ogr timed out");
            }
            if (p.exitValue() != 0) {
                String reason = output.lines()
                        .filter(l -> l.startsWith("ERROR"))
                        .findFirst()
                        .orElse(output);
                throw new FileRejected(zh + "：" + reason, en + ": " + reason);
            }
        } catch (IOException e) {
            throw new GisToolMissingException(command, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
