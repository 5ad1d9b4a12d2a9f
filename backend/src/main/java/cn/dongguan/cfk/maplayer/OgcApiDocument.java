package cn.dongguan.cfk.maplayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition of the OGC API – Features service (its {@code service-desc}), built from
 * the layer catalogue: one path per collection, so that clients such as GDAL see each collection's
 * queryable properties as query parameters.
 */
final class OgcApiDocument {

    private static final String PARAMS = "#/components/parameters/";
    private static final String RESPONSES = "#/components/responses/";

    private OgcApiDocument() {}

    static Map<String, Object> of(String base, MapLayerProperties.Items items) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", get("Landing page · 服务首页", "getLandingPage", List.of(ref(PARAMS + "f")), json("Landing page")));
        paths.put(
                "/conformance",
                get(
                        "Conformance classes · 符合的标准",
                        "getConformance",
                        List.of(ref(PARAMS + "f")),
                        json("Conformance classes")));
        paths.put(
                "/api",
                get(
                        "This API definition · API 定义",
                        "getApi",
                        List.of(),
                        Map.of("200", Map.of("description", "OpenAPI 3.0", "content", Map.of(Ogc.OPENAPI, Map.of())))));
        paths.put(
                "/collections",
                get(
                        "Feature collections · 要素集合",
                        "getCollections",
                        List.of(ref(PARAMS + "f")),
                        json("The collections")));
        for (Layer layer : Layers.ALL) {
            String p = "/collections/" + layer.id();
            paths.put(p, get(layer.title(), "describe_" + layer.id(), List.of(ref(PARAMS + "f")), json(layer.title())));
            paths.put(
                    p + "/queryables",
                    get(
                            "Queryables of " + layer.id(),
                            "queryables_" + layer.id(),
                            List.of(),
                            Map.of(
                                    "200",
                                    Map.of(
                                            "description",
                                            "JSON Schema",
                                            "content",
                                            Map.of(Ogc.SCHEMA_JSON, Map.of())))));
            List<Object> itemParams = new ArrayList<>(List.of(
                    ref(PARAMS + "bbox"),
                    ref(PARAMS + "limit"),
                    ref(PARAMS + "offset"),
                    ref(PARAMS + "datetime"),
                    ref(PARAMS + "f")));
            for (Queryable q : layer.features().queryables()) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", "string");
                if (!q.values().isEmpty()) {
                    schema.put("enum", q.values());
                }
                itemParams.add(query(q.name(), null, schema));
            }
            paths.put(
                    p + "/items",
                    get(
                            "Features of " + layer.id() + " · " + layer.titleZh(),
                            "getFeatures_" + layer.id(),
                            itemParams,
                            geoJson("A page of features (FeatureCollection)")));
            paths.put(
                    p + "/items/{featureId}",
                    get(
                            "One feature of " + layer.id(),
                            "getFeature_" + layer.id(),
                            List.of(ref(PARAMS + "featureId"), ref(PARAMS + "f")),
                            geoJson("A feature")));
        }

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "厂房库 GIS · OGC API – Features",
                        "version",
                        "1.0.0",
                        "description",
                        "Towns, industrial parks, factory buildings and land parcels of Dongguan (sample data). "
                                + "Public data only: no occupants, no contacts."));
        doc.put("servers", List.of(Map.of("url", base)));
        doc.put("paths", paths);
        doc.put("components", Map.of("parameters", parameters(items), "responses", responses()));
        return doc;
    }

    private static Map<String, Object> parameters(MapLayerProperties.Items items) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(
                "bbox",
                query(
                        "bbox",
                        "minLon,minLat,maxLon,maxLat in CRS84 (WGS84 longitude, latitude)",
                        Map.of("type", "array", "minItems", 4, "maxItems", 4, "items", Map.of("type", "number"))));
        p.put(
                "limit",
                query(
                        "limit",
                        "Features per page; a larger value than the maximum is refused (400)",
                        Map.of(
                                "type",
                                "integer",
                                "minimum",
                                1,
                                "maximum",
                                items.maxLimit(),
                                "default",
                                items.defaultLimit())));
        p.put(
                "offset",
                query(
                        "offset",
                        "Features to skip (paging; the next and prev links carry it)",
                        Map.of("type", "integer", "minimum", 0, "default", 0)));
        p.put(
                "datetime",
                query(
                        "datetime",
                        "Accepted and checked; the collections have no time dimension, so it selects every feature",
                        Map.of("type", "string")));
        p.put("f", query("f", "The format: JSON", Map.of("type", "string", "enum", QueryParameters.ITEM_FORMATS)));
        p.put(
                "featureId",
                Map.of("name", "featureId", "in", "path", "required", true, "schema", Map.of("type", "string")));
        return p;
    }

    /** An optional query parameter, one value (form style, not exploded); the description when there is one. */
    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.put("required", false);
        parameter.put("style", "form");
        parameter.put("explode", false);
        if (description != null) {
            parameter.put("description", description);
        }
        parameter.put("schema", schema);
        return parameter;
    }

    private static Map<String, Object> responses() {
        Map<String, Object> problem = Map.of("content", Map.of("application/problem+json", Map.of()));
        return Map.of(
                "BadRequest", with(problem, "A parameter is wrong (RFC 9457 problem naming it)"),
                "NotFound", with(problem, "No such collection or feature"));
    }

    private static Map<String, Object> with(Map<String, Object> base, String description) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put("description", description);
        return m;
    }

    private static Map<String, Object> get(
            String summary, String operationId, List<Object> parameters, Map<String, Object> responses) {
        Map<String, Object> all = new LinkedHashMap<>(responses);
        all.put("400", ref(RESPONSES + "BadRequest"));
        all.put("404", ref(RESPONSES + "NotFound"));
        return Map.of(
                "get",
                Map.of("summary", summary, "operationId", operationId, "parameters", parameters, "responses", all));
    }

    private static Map<String, Object> json(String description) {
        return Map.of("200", Map.of("description", description, "content", Map.of(Ogc.JSON, Map.of())));
    }

    private static Map<String, Object> geoJson(String description) {
        return Map.of("200", Map.of("description", description, "content", Map.of(Ogc.GEOJSON, Map.of())));
    }

    private static Map<String, Object> ref(String target) {
        return Map.of("$ref", target);
    }
}
