package cn.dongguan.cfk.maplayer;

import org.springframework.stereotype.Service;

/**
 * Answers a tile request: the layer's data version makes the ETag; a matching If-None-Match is
 * answered without the tile, a cached tile without SQL, and anything else by one statement.
 */
@Service
class TileService {

    /** A tile to send; {@code tile} is null for 304 and empty for 204. */
    record TileAnswer(byte[] tile, String etag, boolean notModified) {}

    private static final byte[] EMPTY = new byte[0];

    private final LayerVersions versions;
    private final TileRenderer renderer;
    private final TileCache cache;

    TileService(LayerVersions versions, TileRenderer renderer, TileCache cache) {
        this.versions = versions;
        this.renderer = renderer;
        this.cache = cache;
    }

    TileAnswer tile(Layer layer, TileCoordinates at, String ifNoneMatch) {
        DataVersion version = versions.current(layer);
        String etag = etag(layer, version);
        if (ETags.matches(ifNoneMatch, etag)) {
            return new TileAnswer(null, etag, true);
        }
        if (!layer.hasTilesAt(at.z())) {
            return new TileAnswer(EMPTY, etag, false);
        }
        byte[] cached = cache.get(key(layer, at, version));
        if (cached != null) {
            return new TileAnswer(cached, etag, false);
        }
        TileRenderer.Rendered rendered = renderer.render(layer, at, version);
        // The statement read the version in its own snapshot; label the tile with that one.
        DataVersion actual = version.withVersion(rendered.version());
        byte[] tile = rendered.tile() == null ? EMPTY : rendered.tile();
        cache.put(key(layer, at, actual), tile);
        return new TileAnswer(tile, etag(layer, actual), false);
    }

    private String etag(Layer layer, DataVersion version) {
        return "\"" + layer.id() + "-" + renderer.revision(layer) + "-" + version.tag() + "\"";
    }

    private static TileCache.Key key(Layer layer, TileCoordinates at, DataVersion version) {
        return new TileCache.Key(layer.id(), at.z(), at.x(), at.y(), version.tag());
    }
}
