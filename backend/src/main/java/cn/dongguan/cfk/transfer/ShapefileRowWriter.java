package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zipped Shapefile (.shp .shx .dbf .prj .cpg, UTF-8 attributes, EPSG:4326): the rows as
 * GeoJSON in a temporary file with the fields' short names ({@link ShapefileNames}), translated by
 * ogr2ogr when closed and zipped to the stream.
 */
final class ShapefileRowWriter implements RowWriter {

    private final OutputStream out;
    private final String name;
    private final ZoneId zone;
    private final Ogr2ogr ogr2ogr;
    private final Path dir;
    private final Path geojson;
    private GeoJsonRowWriter writer;

    ShapefileRowWriter(OutputStream out, String name, ZoneId zone, Ogr2ogr ogr2ogr) {
        this.out = out;
        this.name = name;
        this.zone = zone;
        this.ogr2ogr = ogr2ogr;
        try {
            this.dir = Files.createTempDirectory("cfk-shp-out-");
            this.geojson = dir.resolve("features.geojson");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<Column> columns) {
        Map<String, String> aliases = ShapefileNames.of(columns);
        try {
            writer = new GeoJsonRowWriter(Files.newOutputStream(geojson), name, zone, aliases::get);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.header(columns);
    }

    @Override
    public void row(List<Object> values) {
        writer.row(values);
    }

    @Override
    public void close() {
        try {
            writer.close();
            Path shpDir = Files.createDirectory(dir.resolve("shp"));
            ogr2ogr.toShapefile(geojson, shpDir.resolve(name + ".shp"));
            try (ZipOutputStream zip = new ZipOutputStream(out);
                    Stream<Path> files = Files.list(shpDir)) {
                for (Path f : files.sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // temporary files left behind
            }
        }
    }
}
