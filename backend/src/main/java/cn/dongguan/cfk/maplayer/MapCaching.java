package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.ETags;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP caching of the public map answers (tiles, TileJSON, OGC API – Features, {@code /api/map/*}):
 * one Cache-Control for all ({@link MapLayerProperties.HttpCache}) and ETags that change exactly when
 * the answer may. An answer made from a layer's data is tagged with the layer's data version and the
 * build, and a request naming that tag (If-None-Match) is answered 304 before any SQL; a small document
 * is tagged with a digest of its JSON. Answers with absolute links also carry the address they were
 * asked at, as a shared cache keeps one copy per host.
 */
@Component
class MapCaching {

    private final CacheControl cacheControl;
    private final String build;
    private final JsonMapper json;

    MapCaching(MapLayerProperties properties, ObjectProvider<BuildProperties> build, JsonMapper json) {
        this.cacheControl = properties.httpCache().cacheControl();
        BuildProperties info = build.getIfAvailable();
        Instant built = info == null ? null : info.getTime();
        // Without build information (an IDE run) every start is a build of its own.
        this.build = Long.toString((built == null ? Instant.now() : built).getEpochSecond(), 36);
        this.json = json;
    }

    CacheControl cacheControl() {
        return cacheControl;
    }

    /** The tag of an answer of {@code kind} made from {@code layer}'s data at {@code version}. */
    String layerTag(String kind, Layer layer, DataVersion version) {
        return ETags.derived(kind, layer.id(), build, version.tag(), host());
    }

    /**
     * 304 when If-None-Match names {@code etag} (nothing else is done), else 200 with the body; both
     * with the ETag and the Cache-Control.
     */
    <T> ResponseEntity<T> answer(WebRequest request, String etag, MediaType type, Supplier<T> body) {
        return answer(request, etag, type, cacheControl, body);
    }

    /** The same with the Cache-Control of a layer that is not public ({@link LayerAccess#cacheControl}). */
    <T> ResponseEntity<T> answer(
            WebRequest request, String etag, MediaType type, CacheControl cacheControl, Supplier<T> body) {
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cacheControl)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .cacheControl(cacheControl)
                .body(body.get());
    }

    /** A small document, tagged with a digest of its JSON; Spring answers a matching If-None-Match with 304. */
    <T> ResponseEntity<T> document(T body, MediaType type) {
        return document(body, type, cacheControl);
    }

    /** The same with another Cache-Control (a document about a layer that is not public). */
    <T> ResponseEntity<T> document(T body, MediaType type, CacheControl cacheControl) {
        String digest = DigestUtils.md5DigestAsHex(json.writeValueAsBytes(body));
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(ETags.derived(digest))
                .cacheControl(cacheControl)
                .body(body);
    }

    /** A short fingerprint of the address the request was made at (scheme, host, port, context path). */
    private static String host() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return Integer.toHexString(base.hashCode());
    }
}
