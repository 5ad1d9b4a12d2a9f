package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.ETags;
import org.springframework.stereotype.Service;

/**
 * Answers a tile request: the layer's data version makes the ETag (which the controller checks against
 * If-None-Match before anything else), a cached tile needs no SQL, and anything else one statement.
 */
@Service
record TileService(LayerVersions versions, TileRenderer renderer, TileCache cache) {

    /** A tile to send, empty for 204, and its ETag. */
    record TileAnswer(byte[] tile, String etag) {}

    private static final byte[] EMPTY = new byte[0];

    DataVersion current(Layer layer) {
        return versions.current(layer);
    }

    String etag(Layer layer, DataVersion version) {
        return ETags.derived(layer.id(), renderer.revision(layer), version.tag());
    }

    TileAnswer tile(Layer layer, TileCoordinates at, DataVersion version) {
        if (!layer.hasTilesAt(at.z())) {
            return new TileAnswer(EMPTY, etag(layer, version));
        }
        byte[] cached = cache.get(key(layer, at, version));
        if (cached != null) {
            return new TileAnswer(cached, etag(layer, version));
        }
        TileRenderer.Rendered rendered = renderer.render(layer, at, version);
        // The statement read the version in its own snapshot; label the tile with that one.
        DataVersion actual = version.withVersion(rendered.version());
        byte[] tile = rendered.tile() == null ? EMPTY : rendered.tile();
        cache.put(key(layer, at, actual), tile);
        return new TileAnswer(tile, etag(layer, actual));
    }

    private static TileCache.Key key(Layer layer, TileCoordinates at, DataVersion version) {
        return new TileCache.Key(layer.id(), at.z(), at.x(), at.y(), version.tag());
    }
}
