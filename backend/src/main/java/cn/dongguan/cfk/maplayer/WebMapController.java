package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.land.ParcelCriteria;
import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.DongguanExtent;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.SqlConditions;
import cn.dongguan.cfk.shared.Texts;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * What the web map at / reads: its configuration (the basemap, {@link MapProperties}, and the city's
 * extent) and its layers as GeoJSON, from the same catalogue as the tiles and OGC API – Features: towns
 * and parks whole, buildings and parcels in the map's view and capped ({@link MapLayerProperties.WebMap}).
 */
@RestController
@ETagged
@Tag(name = "map", description = "网页地图用图层 · Layers for the web map")
class WebMapController {

    static final String GEO_JSON_VALUE = "application/geo+json";
    static final MediaType GEO_JSON = MediaType.parseMediaType(GEO_JSON_VALUE);

    /** The answer is a GeoJSON FeatureCollection, sent as application/geo+json. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            description = "GeoJSON FeatureCollection",
            content = @Content(mediaType = GEO_JSON_VALUE, schema = @Schema(implementation = FeatureCollection.class)))
    @interface GeoJsonAnswer {}

    /** The box of a bounded layer and how many of its features to answer at most (its cap unless given). */
    record InBox(
            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84)", required = true)
            String bbox,

            Integer limit) {

        /** 400 when the box is absent, before the other parameters are checked. */
        InBox required() {
            if (bbox == null) {
                throw QueryParams.missing("bbox");
            }
            return this;
        }
    }

    /** Dongguan's extent, [[south, west], [north, east]] as Leaflet takes it. */
    private static final double[][] BOUNDS = {
        {DongguanExtent.SOUTH, DongguanExtent.WEST}, {DongguanExtent.NORTH, DongguanExtent.EAST}
    };

    private final WebMapQueries queries;
    private final LayerVersions versions;
    private final MapCaching caching;
    private final MapLayerProperties.WebMap caps;
    private final MapProperties map;
    private final LayerAccess access;

    WebMapController(
            WebMapQueries queries,
            LayerVersions versions,
            MapCaching caching,
            MapLayerProperties properties,
            MapProperties map,
            LayerAccess access) {
        this.access = access;
        this.queries = queries;
        this.versions = versions;
        this.caching = caching;
        this.caps = properties.webMap();
        this.map = map;
    }

    @GetMapping("/api/map/config")
    @Operation(summary = "The web map's configuration: basemap (or none) and the city's extent · 地图配置")
    ResponseEntity<MapConfig> config() {
        Basemap basemap = StringUtils.hasText(map.basemapUrl())
                ? new Basemap(
                        map.basemapUrl().trim(),
                        Texts.trimmed(map.basemapAttribution()),
                        Texts.trimmed(map.basemapSubdomains()),
                        map.basemapMaxZoom() == null ? 18 : map.basemapMaxZoom())
                : null;
        return caching.document(new MapConfig(basemap, BOUNDS), MediaType.APPLICATION_JSON);
    }

    @GetMapping("/api/map/towns")
    @Operation(summary = "Town boundaries, simplified, as GeoJSON · 镇街边界（简化）")
    @GeoJsonAnswer
    ResponseEntity<FeatureCollection> towns(WebRequest request) {
        return whole(Layers.TOWNS, request);
    }

    @GetMapping("/api/map/parks")
    @Operation(summary = "The parks' boundaries with vacancy rate and available land, as GeoJSON · 园区图层")
    @GeoJsonAnswer
    ResponseEntity<FeatureCollection> parks(WebRequest request) {
        return whole(Layers.PARKS, request);
    }

    @GetMapping("/api/map/buildings")
    @Operation(
            summary = "Building footprints in a box with their vacancy share, as GeoJSON (bounded) · 楼栋图层",
            description = "At most `limit` features (default and maximum 1500 unless configured; above: 400); "
                    + "`truncated` is true when the box held more.")
    @GeoJsonAnswer
    ResponseEntity<FeatureCollection> buildings(@ParameterObject InBox box, WebRequest request) {
        return inBox(Layers.BUILDINGS, box.required(), new SqlConditions(), request);
    }

    @GetMapping("/api/map/occupant-grades")
    @Operation(
            summary = "Occupied buildings in a box by their occupants' 亩均 grade, as GeoJSON (bounded; staff and"
                    + " administrators) · 入驻企业亩均等级图层",
            description = "grade: the latest grade of the occupant holding most of the building's occupied floor"
                    + " area (A, B, C, D, NONE: not evaluated); gradeA … notEvaluated: occupants of each. At most"
                    + " `limit` features; `truncated` is true when the box held more.")
    @GeoJsonAnswer
    ResponseEntity<FeatureCollection> occupantGrades(@ParameterObject InBox box, WebRequest request)
            throws ForbiddenException {
        return inBox(access.require(Layers.OCCUPANT_GRADES), box.required(), new SqlConditions(), request);
    }

    @GetMapping("/api/map/parcels")
    @Operation(
            summary = "Parcels in a box with status and planning use, as GeoJSON (bounded) · 地块图层",
            description = "Takes the filters of GET /api/parcels. At most `limit` features (default and maximum "
                    + "2000 unless configured; above: 400); `truncated` is true when the box held more.")
    @GeoJsonAnswer
    ResponseEntity<FeatureCollection> parcels(
            @ParameterObject InBox box, @ParameterObject ParcelCriteria.Filters filters, WebRequest request) {
        // Every parcel meeting the box is drawn, not only those whose point is in it as in the search.
        return inBox(Layers.PARCELS, box.required(), filters.criteria(null).conditions("t"), request);
    }

    private ResponseEntity<FeatureCollection> whole(Layer layer, WebRequest request) {
        return caching.answer(request, tag(layer), GEO_JSON, () -> FeatureCollection.whole(queries.whole(layer)));
    }

    /** The parameters are checked first: a bad request is a 400 whatever it names in If-None-Match. */
    private ResponseEntity<FeatureCollection> inBox(Layer layer, InBox in, SqlConditions filter, WebRequest request) {
        int cap = caps.maxFeatures(layer);
        int max = QueryParams.inRange(in.limit(), "limit", 1, cap, cap);
        BBox box = BBox.parse(in.bbox(), "bbox");
        return caching.answer(
                request,
                tag(layer),
                GEO_JSON,
                access.cacheControl(layer),
                () -> FeatureCollection.bounded(queries.inBox(layer, box, filter, max), max));
    }

    private String tag(Layer layer) {
        return caching.layerTag("map", layer, versions.current(layer));
    }

    record MapConfig(Basemap basemap, double[][] bounds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Basemap(String url, String attribution, String subdomains, int maxZoom) {}
}
