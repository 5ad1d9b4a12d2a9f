package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Mapbox vector tiles and their TileJSON. A tile outside its layer's zoom range, or without features,
 * answers 204; every tile has an ETag from its layer's data version and the Cache-Control of every
 * public map answer ({@link MapCaching}).
 */
@RestController
@RequestMapping("/tiles")
@ETagged
@Tag(name = "map tiles", description = "矢量瓦片 · Vector tiles (MVT) and TileJSON")
class TileController {

    static final String MVT_VALUE = "application/vnd.mapbox-vector-tile";
    static final MediaType MVT = MediaType.parseMediaType(MVT_VALUE);

    private final TileService tiles;
    private final LayerExtents extents;
    private final MapCaching caching;
    private final LayerAccess access;

    TileController(TileService tiles, LayerExtents extents, MapCaching caching, LayerAccess access) {
        this.tiles = tiles;
        this.extents = extents;
        this.caching = caching;
        this.access = access;
    }

    @GetMapping("/{layer}/{z}/{x}/{y}.mvt")
    @Operation(
            summary = "A vector tile (layers towns, parks, buildings, parcels; occupant-grades for staff) · 矢量瓦片",
            description = "204 when the tile is empty or outside the layer's zoom range (see the TileJSON); "
                    + "304 to an If-None-Match naming its ETag.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The tile (Mapbox Vector Tile 2.1) · 矢量瓦片",
                        content =
                                @Content(mediaType = MVT_VALUE, schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "204", description = "No features here, or outside the zoom range · 空瓦片")
            })
    ResponseEntity<byte[]> tile(
            @PathVariable String layer,
            @PathVariable String z,
            @PathVariable String x,
            @PathVariable String y,
            WebRequest request)
            throws BadRequestException, NotFoundException, ForbiddenException {
        Layer l = access.require(Layers.require(layer));
        CacheControl cacheControl = access.cacheControl(l);
        TileCoordinates at = TileCoordinates.parse(z, x, y);
        DataVersion version = tiles.current(l);
        String etag = tiles.etag(l, version);
        // Answered before any tile is looked up or rendered.
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cacheControl)
                    .build();
        }
        TileService.TileAnswer answer = tiles.tile(l, at, version);
        if (answer.tile().length == 0) {
            return ResponseEntity.noContent()
                    .eTag(answer.etag())
                    .cacheControl(cacheControl)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MVT)
                .eTag(answer.etag())
                .cacheControl(cacheControl)
                .body(answer.tile());
    }

    @GetMapping("/{layer}.json")
    @Operation(summary = "TileJSON 3.0.0 of a layer: tile URL, zoom range, bounds, attributes · 图层的 TileJSON")
    ResponseEntity<TileJson> tileJson(@PathVariable String layer) throws NotFoundException, ForbiddenException {
        Layer l = access.require(Layers.require(layer));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/tiles/" + l.id()
                + "/{z}/{x}/{y}.mvt";
        return caching.document(
                TileJson.of(l, url, extents.of(l).orElse(TileJson.WORLD)),
                MediaType.APPLICATION_JSON,
                access.cacheControl(l));
    }
}
