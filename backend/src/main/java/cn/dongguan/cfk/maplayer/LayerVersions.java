package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.space.Freshness;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The layers' data versions: from memory while {@link LayerVersionListener} is told of every change,
 * else read from their table (one indexed row).
 */
@Repository
class LayerVersions {

    private final JdbcClient jdbc;
    private final LayerVersionListener listener;
    private final Clock clock;

    LayerVersions(JdbcClient jdbc, LayerVersionListener listener, Clock clock) {
        this.jdbc = jdbc;
        this.listener = listener;
        this.clock = clock;
    }

    DataVersion current(Layer layer) {
        long version = listener.version(layer.id()).orElseGet(() -> read(layer));
        return at(layer, version);
    }

    private long read(Layer layer) {
        return jdbc.sql("SELECT version FROM layer_version WHERE layer = :layer")
                .param("layer", layer.id())
                .query(Long.class)
                .single();
    }

    Map<String, Long> all() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.sql("SELECT layer, version FROM layer_version").query(rs -> {
            versions.put(rs.getString("layer"), rs.getLong("version"));
        });
        return versions;
    }

    /**
     * The version with, for time-dependent layers, the freshness cut-off: a building's {@code stale} flag
     * can change without any write, so the cut-off is part of its version.
     */
    DataVersion at(Layer layer, long version) {
        return new DataVersion(version, layer.timeDependent() ? staleBefore() : null);
    }

    /** Listings confirmed before this instant need confirming: the one cut-off of {@link Freshness}. */
    Instant staleBefore() {
        return Freshness.staleBefore(clock);
    }
}
