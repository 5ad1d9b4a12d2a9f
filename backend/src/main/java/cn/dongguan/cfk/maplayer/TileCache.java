package cn.dongguan.cfk.maplayer;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Rendered tiles in memory, least recently used first out, bounded in bytes. Keys carry the data
 * version, so a change of data never serves an old tile; superseded entries just age out.
 */
@Component
class TileCache {

    record Key(String layer, int z, int x, int y, String version) {}

    private static final int ENTRY_OVERHEAD = 128;

    private final long maxBytes;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    TileCache(MapLayerProperties properties) {
        this.maxBytes = properties.tileCacheSize().toBytes();
    }

    synchronized byte[] get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, byte[] tile) {
        long size = tile.length + ENTRY_OVERHEAD;
        if (size > maxBytes / 16) {
            return;
        }
        byte[] previous = entries.put(key, tile);
        bytes += size - (previous == null ? 0 : previous.length + ENTRY_OVERHEAD);
        Iterator<Map.Entry<Key, byte[]>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length + ENTRY_OVERHEAD;
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
