package cn.dongguan.cfk.maplayer;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OGC API – Features, Part 1: Core with GeoJSON and OpenAPI 3.0, at {@code /ogc}. Every parameter is
 * checked against what the resource accepts before any SQL; unknown ones are refused.
 */
@RestController
@RequestMapping("/ogc")
@Hidden // documented by its own OpenAPI document, /ogc/api (OgcApiDocument)
@Tag(name = "OGC API – Features", description = "供 QGIS/GDAL 使用的要素服务 · Feature service for QGIS and GDAL")
class OgcController {

    private final FeatureQueries features;
    private final LayerExtents extents;
    private final LayerVersions versions;
    private final MapCaching caching;
    private final Clock clock;
    private final MapLayerProperties.Items items;
    private final LayerAccess access;

    OgcController(
            FeatureQueries features,
            LayerExtents extents,
            LayerVersions versions,
            MapCaching caching,
            Clock clock,
            MapLayerProperties properties,
            LayerAccess access) {
        this.access = access;
        this.features = features;
        this.extents = extents;
        this.versions = versions;
        this.caching = caching;
        this.clock = clock;
        this.items = properties.items();
    }

    @GetMapping({"", "/"})
    @Operation(summary = "Landing page · 服务首页")
    ResponseEntity<OgcDocuments.LandingPage> landingPage(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        QueryParameters.check(params, List.of(), QueryParameters.FORMATS);
        return json(OgcDocuments.landingPage(base()));
    }

    @GetMapping("/conformance")
    @Operation(summary = "Conformance classes · 符合的标准")
    ResponseEntity<OgcDocuments.Conformance> conformance(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        QueryParameters.check(params, List.of(), QueryParameters.FORMATS);
        return json(OgcDocuments.conformance());
    }

    @GetMapping("/api")
    @Operation(summary = "The service's OpenAPI 3.0 definition · 服务的 API 定义")
    ResponseEntity<Map<String, Object>> api(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        QueryParameters.check(params, List.of(), QueryParameters.FORMATS);
        return caching.document(OgcApiDocument.of(base(), items), Ogc.OPENAPI_TYPE);
    }

    @GetMapping("/collections")
    @Operation(summary = "The feature collections with their extents · 要素集合")
    ResponseEntity<OgcDocuments.Collections> collections(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        QueryParameters.check(params, List.of(), QueryParameters.FORMATS);
        List<Layer> readable = access.readable();
        return caching.document(
                OgcDocuments.collections(base(), readable, extents.all()),
                MediaType.APPLICATION_JSON,
                readable.stream()
                        .map(access::cacheControl)
                        .filter(c -> !c.equals(caching.cacheControl()))
                        .findFirst()
                        .orElse(caching.cacheControl()));
    }

    @GetMapping("/collections/{collectionId}")
    @Operation(summary = "One feature collection · 一个要素集合")
    ResponseEntity<OgcDocuments.Collection> collection(
            @PathVariable String collectionId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Layer layer = collectionOf(collectionId);
        QueryParameters.check(params, List.of(), QueryParameters.FORMATS);
        return caching.document(
                OgcDocuments.collection(base(), layer, extents.of(layer)),
                MediaType.APPLICATION_JSON,
                access.cacheControl(layer));
    }

    @GetMapping("/collections/{collectionId}/queryables")
    @Operation(summary = "The properties items may be filtered by (JSON Schema) · 可筛选的属性")
    ResponseEntity<Map<String, Object>> queryables(
            @PathVariable String collectionId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Layer layer = collectionOf(collectionId);
        QueryParameters.check(params, List.of(), QueryParameters.FORMATS);
        return caching.document(
                OgcDocuments.queryables(base(), layer), Ogc.SCHEMA_JSON_TYPE, access.cacheControl(layer));
    }

    @GetMapping("/collections/{collectionId}/items")
    @Operation(
            summary = "Features, a page at a time: bbox, limit, offset and the collection's queryables · 要素",
            parameters = {
                @Parameter(name = "bbox", description = "minLon,minLat,maxLon,maxLat (CRS84)"),
                @Parameter(
                        name = "limit",
                        description = "features per page; default and maximum in /ogc/api (100 and 10000 "
                                + "unless configured); above the maximum: 400"),
                @Parameter(name = "offset", description = "features to skip, default 0"),
                @Parameter(name = "datetime", description = "accepted; the collections have no time dimension")
            })
    ResponseEntity<FeatureCollection> items(
            @PathVariable String collectionId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            WebRequest request) {
        Layer layer = collectionOf(collectionId);
        ItemsQuery query = ItemsQuery.parse(layer, params, items);
        String etag = caching.layerTag("items", layer, versions.current(layer));
        return caching.answer(
                request, etag, Ogc.GEOJSON_TYPE, access.cacheControl(layer), () -> page(layer, query, params));
    }

    private FeatureCollection page(Layer layer, ItemsQuery query, MultiValueMap<String, String> params) {
        FeatureQueries.Page page = features.page(layer, query);
        String items = base() + "/collections/" + layer.id() + "/items";
        List<Link> links = new ArrayList<>();
        links.add(new Link(pageUrl(items, params, query.offset()), Ogc.REL_SELF, Ogc.GEOJSON, "本页 · This page"));
        links.add(new Link(base() + "/collections/" + layer.id(), Ogc.REL_COLLECTION, Ogc.JSON, layer.title()));
        int returned = page.features().size();
        if (query.offset() + returned < page.numberMatched()) {
            links.add(new Link(
                    pageUrl(items, params, query.offset() + returned), Ogc.REL_NEXT, Ogc.GEOJSON, "下一页 · Next page"));
        }
        if (query.offset() > 0) {
            links.add(new Link(
                    pageUrl(items, params, Math.max(0, query.offset() - query.limit())),
                    Ogc.REL_PREV,
                    Ogc.GEOJSON,
                    "上一页 · Previous page"));
        }
        return FeatureCollection.page(
                page.features(),
                links,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
                page.numberMatched());
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    @Operation(summary = "One feature · 一个要素")
    ResponseEntity<Feature> item(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            WebRequest request) {
        Layer layer = collectionOf(collectionId);
        QueryParameters.check(params, List.of(), QueryParameters.ITEM_FORMATS);
        String etag = caching.layerTag("item", layer, versions.current(layer));
        return caching.answer(request, etag, Ogc.GEOJSON_TYPE, access.cacheControl(layer), () -> {
            Feature feature =
                    features.one(layer, featureId).orElseThrow(() -> MapLayerProblems.unknownFeature(layer, featureId));
            String collection = base() + "/collections/" + layer.id();
            return feature.withLinks(List.of(
                    new Link(collection + "/items/" + featureId, Ogc.REL_SELF, Ogc.GEOJSON, "本要素 · This feature"),
                    new Link(collection, Ogc.REL_COLLECTION, Ogc.JSON, layer.title())));
        });
    }

    private Layer collectionOf(String id) {
        return access.require(Layers.byId(id).orElseThrow(() -> MapLayerProblems.unknownCollection(id)));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ogc")
                .build()
                .toUriString();
    }

    /** The same request at another offset; every other parameter as the client gave it. */
    private static String pageUrl(String items, MultiValueMap<String, String> params, int offset) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(items);
        params.forEach((name, values) -> {
            if (!name.equals(ItemsQuery.OFFSET) && !name.isEmpty()) {
                values.forEach(v -> url.queryParam(name, v));
            }
        });
        if (offset > 0) {
            url.queryParam(ItemsQuery.OFFSET, offset);
        }
        return url.build().encode().toUriString();
    }

    private <T> ResponseEntity<T> json(T body) {
        return caching.document(body, MediaType.APPLICATION_JSON);
    }
}
