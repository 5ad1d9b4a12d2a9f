package cn.dongguan.cfk.maplayer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A TileJSON 3.0.0 document (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) for one layer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TileJson(
        String tilejson,
        String name,
        String description,
        String attribution,
        String scheme,
        List<String> tiles,
        int minzoom,
        int maxzoom,
        List<Double> bounds,
        List<Double> center,
        @JsonProperty("vector_layers") List<VectorLayer> vectorLayers) {

    /** TileJSON's default bounds: the whole Web Mercator world. */
    static final List<Double> WORLD = List.of(-180.0, -85.05112877980659, 180.0, 85.0511287798066);

    record VectorLayer(String id, String description, int minzoom, int maxzoom, Map<String, String> fields) {}

    static TileJson of(Layer layer, String tileUrl, List<Double> bounds) {
        Layer.Tiles tiles = layer.tiles();
        Map<String, String> fields = new LinkedHashMap<>();
        tiles.fields().forEach(f -> fields.put(f.name(), f.type().tileJson));
        double centreZoom = Math.max(tiles.minZoom(), Math.min(10, tiles.maxZoom()));
        List<Double> center =
                List.of((bounds.get(0) + bounds.get(2)) / 2, (bounds.get(1) + bounds.get(3)) / 2, centreZoom);
        return new TileJson(
                "3.0.0",
                layer.id(),
                layer.title() + "：" + layer.description(),
                "厂房库 GIS 示例数据，非官方 · 厂房库 GIS sample data, not official",
                "xyz",
                List.of(tileUrl),
                tiles.minZoom(),
                tiles.maxZoom(),
                bounds,
                center,
                List.of(new VectorLayer(layer.id(), layer.description(), tiles.minZoom(), tiles.maxZoom(), fields)));
    }
}
