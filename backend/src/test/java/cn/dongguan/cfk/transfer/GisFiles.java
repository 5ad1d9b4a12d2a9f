package cn.dongguan.cfk.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** GIS files for tests: GeoJSON text, and GeoPackages and zipped Shapefiles made from it by GDAL's ogr2ogr. */
final class GisFiles {

    private GisFiles() {}

    /** A FeatureCollection; {@code crs} null for none; each feature is "properties JSON|geometry JSON". */
    static String geojson(String crs, List<String[]> features) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",");
        if (crs != null) {
            out.append("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"")
                    .append(crs)
                    .append("\"}},");
        }
        out.append("\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            out.append(i > 0 ? "," : "")
                    .append("{\"type\":\"Feature\",\"properties\":")
                    .append(features.get(i)[0])
                    .append(",\"geometry\":")
                    .append(features.get(i)[1])
                    .append('}');
        }
        return out.append("]}").toString();
    }

    /** ogr2ogr of GeoJSON to a GeoPackage. */
    static byte[] gpkg(String geojson) throws Exception {
        Path dir = Files.createTempDirectory("gis-test-");
        try {
            Path in = dir.resolve("in.geojson");
            Files.writeString(in, geojson);
            Path out = dir.resolve("out.gpkg");
            run("ogr2ogr", "-f", "GPKG", out.toString(), in.toString());
            return Files.readAllBytes(out);
        } finally {
            delete(dir);
        }
    }

    /**
     * ogr2ogr of GeoJSON to a zipped Shapefile with its .dbf in {@code encoding}; {@code leaveOut} names
     * the parts not zipped (".prj", ".cpg").
     */
    static byte[] shapefile(String geojson, String encoding, String... leaveOut) throws Exception {
        Path dir = Files.createTempDirectory("gis-test-");
        try {
            Path in = dir.resolve("in.geojson");
            Files.writeString(in, geojson);
            Path shpDir = Files.createDirectory(dir.resolve("shp"));
            run(
                    "ogr2ogr",
                    "-f",
                    "ESRI Shapefile",
                    "-lco",
                    "ENCODING=" + encoding,
                    shpDir.resolve("layer.shp").toString(),
                    in.toString());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    Stream<Path> files = Files.list(shpDir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (List.of(leaveOut).stream().anyMatch(name::endsWith)) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } finally {
            delete(dir);
        }
    }

    /** The entries of a zip by name. */
    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
