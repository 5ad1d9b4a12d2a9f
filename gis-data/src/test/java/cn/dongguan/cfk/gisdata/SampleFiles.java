package cn.dongguan.cfk.gisdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed small data set, read from the classpath as any consumer would read it. */
final class SampleFiles {

    static final String DIR = "/cfk-sample/small/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, Object> CACHE = new HashMap<>();

    /** A feature: its properties and its geometry in WGS84. */
    record Feature(JsonNode properties, Geometry geometry) {
        String text(String name) {
            JsonNode n = properties.get(name);
            return n == null || n.isNull() ? null : n.asString();
        }

        long number(String name) {
            return properties.get(name).asLong();
        }
    }

    private SampleFiles() {}

    static byte[] bytes(String file) {
        try (InputStream in = SampleFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("no " + DIR + file + " on the classpath; run the generator");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized JsonNode json(String file) {
        JsonNode json = (JsonNode) CACHE.get("json:" + file);
        if (json == null) {
            json = MAPPER.readTree(bytes(file));
            CACHE.put("json:" + file, json);
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    static synchronized List<Feature> features(String file) {
        List<Feature> features = (List<Feature>) CACHE.get("features:" + file);
        if (features == null) {
            GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
            features = new ArrayList<>();
            for (JsonNode feature : json(file).get("features")) {
                try {
                    features.add(new Feature(
                            feature.get("properties"),
                            reader.read(feature.get("geometry").toString())));
                } catch (ParseException e) {
                    throw new IllegalStateException("bad geometry in " + file + ": " + feature, e);
                }
            }
            features = List.copyOf(features);
            CACHE.put("features:" + file, features);
        }
        return features;
    }

    static List<JsonNode> records(String file) {
        List<JsonNode> records = new ArrayList<>();
        json(file).forEach(records::add);
        return records;
    }

    static Geometry metres(Geometry lonLat) {
        return LocalProjection.DONGGUAN.toMetres(lonLat);
    }

    static double areaM2(Geometry lonLat) {
        return LocalProjection.areaM2(lonLat);
    }
}
