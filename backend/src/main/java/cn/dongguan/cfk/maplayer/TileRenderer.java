package cn.dongguan.cfk.maplayer;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs {@link TileSql}: one statement per tile, bound parameters only. */
@Repository
class TileRenderer {

    record Rendered(long version, byte[] tile) {}

    private final JdbcClient jdbc;
    private final Map<String, String> plain = new HashMap<>();
    private final Map<String, String> simplified = new HashMap<>();
    private final Map<String, String> revisions = new HashMap<>();

    TileRenderer(JdbcClient jdbc, MapLayerProperties properties) {
        this.jdbc = jdbc;
        for (Layer layer : Layers.ALL) {
            int cap = properties.tiles().maxFeatures(layer);
            plain.put(layer.id(), TileSql.statement(layer, false, cap));
            simplified.put(layer.id(), TileSql.statement(layer, true, cap));
            revisions.put(
                    layer.id(), Integer.toHexString((plain.get(layer.id()) + simplified.get(layer.id())).hashCode()));
        }
    }

    Rendered render(Layer layer, TileCoordinates tile, DataVersion version) {
        boolean simplify = tile.z() < layer.tiles().simplifyBelowZoom();
        JdbcClient.StatementSpec statement = jdbc.sql((simplify ? simplified : plain).get(layer.id()))
                .param("z", tile.z())
                .param("x", tile.x())
                .param("y", tile.y())
                .param("layer", layer.id());
        if (simplify) {
            statement = statement.param("tolerance", tile.pixelSizeMetres());
        }
        if (version.staleBefore() != null) {
            statement = statement.param("staleBefore", version.staleBefore().atOffset(ZoneOffset.UTC));
        }
        return statement
                .query((rs, i) -> new Rendered(rs.getLong("version"), rs.getBytes("tile")))
                .single();
    }

    /** A fingerprint of the statements, part of every ETag, so that new tile code never reuses old ETags. */
    String revision(Layer layer) {
        return revisions.get(layer.id());
    }
}
