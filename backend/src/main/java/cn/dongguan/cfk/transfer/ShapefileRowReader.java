package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zipped Shapefile: unpacked (its .shp, .shx and .dbf must be there; .prj and .cpg may), translated
 * to GeoJSON by ogr2ogr in its own coordinates and read as GeoJSON. The .dbf's text is read in the
 * chosen encoding, else by its .cpg, else as UTF-8 when it is valid UTF-8 and as GB18030 (GBK) when not.
 * Field names cut to 10 characters by a Shapefile export are the columns' JSON names again.
 */
final class ShapefileRowReader implements RowReader {

    private static final long MAX_UNPACKED = 2L * 1024 * 1024 * 1024;

    private final Path file;
    private final ImportOptions options;
    private final Ogr2ogr ogr2ogr;
    private GeoJsonRowReader geojson;
    private String encoding;

    ShapefileRowReader(Path file, ImportOptions options, Ogr2ogr ogr2ogr) {
        this.file = file;
        this.options = options;
        this.ogr2ogr = ogr2ogr;
    }

    @Override
    public void read(Consumer<SourceRow> row) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cfk-shp-");
            Path shp = unpack(dir);
            String base = shp.getFileName().toString();
            base = base.substring(0, base.length() - 4);
            List<String> missing = new ArrayList<>();
            for (String ext : List.of(".shx", ".dbf")) {
                if (sibling(shp, base, ext) == null) {
                    missing.add(base + ext);
                }
            }
            if (!missing.isEmpty()) {
                throw new FileRejected(
                        "Shapefile 缺少 " + String.join("、", missing) + "（zip 中应有 .shp、.shx、.dbf，最好还有 .prj 与 .cpg）",
                        "The Shapefile lacks " + String.join(", ", missing)
                                + " (the zip needs .shp, .shx and .dbf, ideally .prj and .cpg too)");
            }
            Path cpg = sibling(shp, base, ".cpg");
            encoding = options.encoding() != null
                    ? options.encoding()
                    : cpg != null
                            ? Files.readString(cpg, StandardCharsets.US_ASCII).trim()
                            : detect(sibling(shp, base, ".dbf"));
            Path out = dir.resolve("features.geojson");
            ogr2ogr.toGeoJson(shp, options.encoding() != null || cpg == null ? encoding : null, out);
            geojson = new GeoJsonRowReader(out);
            List<Column> columns = options.layer() == null ? List.of() : options.layer().columns;
            geojson.read(r -> row.accept(r.number() == 0 ? renamed(r, columns) : r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static SourceRow renamed(SourceRow header, List<Column> columns) {
        List<Cell> cells = new ArrayList<>(header.cells().size());
        for (Cell c : header.cells()) {
            cells.add(c.text() == null ? c : Cell.text(ShapefileNames.name(c.text(), columns)));
        }
        return new SourceRow(0, cells);
    }

    /** Unpacks the zip (no entry outside the directory, a bound on the total size); answers the .shp. */
    private Path unpack(Path dir) throws IOException {
        List<Path> shps = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = Path.of(entry.getName()).getFileName().toString();
                if (name.startsWith(".") || name.startsWith("__MACOSX")) {
                    continue;
                }
                Path target = dir.resolve(name).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                total += Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (total > MAX_UNPACKED) {
                    throw new FileRejected("zip 解压后过大", "The zip is too large unpacked");
                }
                if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    shps.add(target);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new FileRejected("zip 文件无法解压：" + e.getMessage(), "The zip cannot be unpacked: " + e.getMessage());
        }
        if (shps.isEmpty()) {
            throw new FileRejected("zip 中没有 .shp 文件", "The zip holds no .shp file");
        }
        if (shps.size() > 1) {
            throw new FileRejected(
                    "zip 中有多个 .shp 文件：每次导入一个图层", "The zip holds several .shp files: import one layer at a time");
        }
        return shps.get(0);
    }

    private static Path sibling(Path shp, String base, String ext) throws IOException {
        try (Stream<Path> files = Files.list(shp.getParent())) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(base + ext))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** UTF-8 when the .dbf's bytes are valid UTF-8, else GB18030 (which reads GBK). */
    static String detect(Path dbf) throws IOException {
        byte[] bytes = Files.readAllBytes(dbf);
        int headerLength = bytes.length > 10 ? (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8 : 0;
        int from = Math.min(bytes.length, headerLength);
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return "UTF-8";
        } catch (CharacterCodingException e) {
            return "GB18030";
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files left behind
        }
    }

    @Override
    public List<RowError> problems() {
        return geojson == null ? List.of() : geojson.problems();
    }

    @Override
    public String crs() {
        return geojson == null ? null : geojson.crs();
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public boolean spatial() {
        return true;
    }
}
