package cn.dongguan.cfk.maplayer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Rendered tiles in memory (Caffeine), bounded in bytes. Keys carry the data version, so a change of
 * data never serves an old tile; superseded entries are never asked for again and are evicted first.
 */
@Component
class TileCache {

    record Key(String layer, int z, int x, int y, String version) {}

    /** What an entry costs beyond its bytes: the key, the array header, the cache's own node. */
    static final int ENTRY_OVERHEAD = 128;

    private final Cache<Key, byte[]> tiles;

    @Autowired
    TileCache(MapLayerProperties properties) {
        this(properties, ForkJoinPool.commonPool());
    }

    /** With the executor that runs evictions ({@code Runnable::run} in tests, to see them at once). */
    TileCache(MapLayerProperties properties, Executor executor) {
        this.tiles = Caffeine.newBuilder()
                .maximumWeight(properties.tileCacheSize().toBytes())
                .weigher((Key key, byte[] tile) -> tile.length + ENTRY_OVERHEAD)
                .executor(executor)
                .build();
    }

    byte[] get(Key key) {
        return tiles.getIfPresent(key);
    }

    void put(Key key, byte[] tile) {
        tiles.put(key, tile);
    }

    /** The entries and bytes held now, after pending evictions. */
    long size() {
        tiles.cleanUp();
        return tiles.estimatedSize();
    }

    long weight() {
        tiles.cleanUp();
        return tiles.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
