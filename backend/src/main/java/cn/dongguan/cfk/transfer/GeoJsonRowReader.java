package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a GeoJSON FeatureCollection feature by feature (a streaming parser: one feature in memory at
 * a time). The first feature's property names are the header; the top-level {@code crs} member
 * (GeoJSON 2008, as GDAL and PostGIS write it for projected coordinates) names the coordinates' CRS,
 * else there is none (RFC 7946: WGS84). Coordinates are passed on as written.
 */
final class GeoJsonRowReader extends GisRowReader {

    private final Path file;
    private final List<RowError> problems = new ArrayList<>();

    GeoJsonRowReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SourceRow> row) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = Rows.JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notCollection();
            }
            boolean features = false;
            GisRows[] rows = {null};
            Set<String> unknown = new LinkedHashSet<>();
            int[] number = {0};
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("crs") && value == JsonToken.START_OBJECT) {
                    JsonNode node = parser.readValueAsTree();
                    crs = node.path("properties").path("name").asString(null);
                } else if (name.equals("features") && value == JsonToken.START_ARRAY) {
                    features = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode feature = parser.readValueAsTree();
                        number[0]++;
                        feature(feature, number[0], rows, unknown, row);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!features) {
                throw notCollection();
            }
            if (!unknown.isEmpty()) {
                problems.add(RowError.file(
                        "属性 " + String.join("、", unknown) + " 不在第一个要素的属性中：每个要素应有相同的属性",
                        "The properties " + String.join(", ", unknown)
                                + " are not among the first feature's: every feature should have the same properties"));
            }
        } catch (JacksonException e) {
            throw new FileRejected(
                    "GeoJSON 无法解析：" + e.getOriginalMessage(), "The GeoJSON cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void feature(
            JsonNode feature, int number, GisRows[] rows, Set<String> unknown, Consumer<SourceRow> row) {
        JsonNode properties = feature.path("properties");
        Map<String, Object> attributes = new LinkedHashMap<>();
        properties.properties().forEach(e -> attributes.put(e.getKey(), value(e.getValue())));
        if (rows[0] == null) {
            rows[0] = new GisRows(new ArrayList<>(attributes.keySet()));
            row.accept(rows[0].header());
        } else {
            for (String name : attributes.keySet()) {
                if (!rows[0].names().contains(name)) {
                    unknown.add(name);
                }
            }
        }
        JsonNode geometry = feature.get("geometry");
        String wkt;
        try {
            wkt = geometry == null || geometry.isNull() ? null : GeoJsonWkt.of(geometry);
        } catch (IllegalArgumentException e) {
            wkt = "INVALID " + e.getMessage();
        }
        row.accept(rows[0].feature(number, attributes, wkt));
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString();
        }
        if (v.isString()) {
            return v.asString();
        }
        return v.toString();
    }

    private static FileRejected notCollection() {
        return new FileRejected(
                "GeoJSON 应为一个 FeatureCollection（含 features 数组）",
                "The GeoJSON must be a FeatureCollection with a features array");
    }

    @Override
    public List<RowError> problems() {
        return problems;
    }
}
