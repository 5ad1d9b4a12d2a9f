package cn.dongguan.cfk.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** GeoJSON FeatureCollections, read by {@link GeoJsonRowReader}. */
@Component
@Order(2)
class GeoJsonFormat implements ImportFormat {

    @Override
    public String code() {
        return "geojson";
    }

    @Override
    public List<String> extensions() {
        return List.of(".geojson", ".json");
    }

    /** Text whose first non-blank character opens a JSON object. */
    @Override
    public boolean recognises(byte[] head) {
        String text =
                new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return ImportFormat.describe(head).startsWith("文本") && text.startsWith("{");
    }

    @Override
    public RowReader open(Path file, ImportOptions options) {
        return new GeoJsonRowReader(file);
    }
}
