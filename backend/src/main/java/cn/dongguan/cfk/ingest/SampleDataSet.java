package cn.dongguan.cfk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files of one sample data set (see gis-data/README.md), read as JSON trees. */
class SampleDataSet {

    private final ResourceLoader resources;
    private final String location;
    private final JsonMapper json = JsonMapper.builder().build();

    SampleDataSet(ResourceLoader resources, String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    JsonNode manifest() {
        return read("manifest.json");
    }

    /** The features of a GeoJSON FeatureCollection, or the elements of a JSON array. */
    Iterable<JsonNode> items(String file) {
        JsonNode root = read(file);
        return root.has("features") ? root.get("features") : root;
    }

    /** The file read as one JSON tree, or null when the data set has none. */
    JsonNode optional(String file) {
        return resources.getResource(location + file).exists() ? read(file) : null;
    }

    String describe() {
        return location;
    }

    private JsonNode read(String file) {
        Resource resource = resources.getResource(location + file);
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample data file " + location + file, e);
        }
    }
}
