package cn.dongguan.cfk.maplayer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bounding box of each layer's data (WGS84), recomputed only when the layer's version changes. */
@Repository
class LayerExtents {

    private record Cached(long version, Optional<List<Double>> bbox) {}

    private final JdbcClient jdbc;
    private final LayerVersions versions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    LayerExtents(JdbcClient jdbc, LayerVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Every layer's bbox [minLon, minLat, maxLon, maxLat], empty for a layer without data. */
    Map<String, Optional<List<Double>>> all() {
        Map<String, Long> current = versions.all();
        Map<String, Optional<List<Double>>> result = new LinkedHashMap<>();
        for (Layer layer : Layers.ALL) {
            result.put(layer.id(), bbox(layer, current.getOrDefault(layer.id(), 0L)));
        }
        return result;
    }

    Optional<List<Double>> of(Layer layer) {
        return bbox(layer, versions.current(layer).version());
    }

    private Optional<List<Double>> bbox(Layer layer, long version) {
        Cached cached = cache.get(layer.id());
        if (cached != null && cached.version() >= version) {
            return cached.bbox();
        }
        Cached fresh = jdbc.sql("""
                        SELECT (SELECT version FROM layer_version WHERE layer = :layer) AS version,
                               ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, ST_YMax(e) AS ymax
                        FROM (SELECT ST_Extent(geom) AS e FROM %s) extent""".formatted(layer.table()))
                .param("layer", layer.id())
                .query((rs, i) -> new Cached(
                        rs.getLong("version"),
                        rs.getObject("xmin") == null
                                ? Optional.empty()
                                : Optional.of(List.of(
                                        rs.getDouble("xmin"),
                                        rs.getDouble("ymin"),
                                        rs.getDouble("xmax"),
                                        rs.getDouble("ymax")))))
                .single();
        cache.merge(layer.id(), fresh, (a, b) -> a.version() >= b.version() ? a : b);
        return fresh.bbox();
    }
}
