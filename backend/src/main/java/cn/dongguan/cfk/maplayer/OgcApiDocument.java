package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.GeoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition of the OGC API – Features service (its {@code service-desc}), built from
 * the layer catalogue: one path per collection, so that clients such as GDAL see each collection's
 * queryable properties as query parameters, and schemas for every answer (those of OGC API – Features
 * Part 1, with each collection's feature properties typed as the catalogue declares them).
 */
final class OgcApiDocument {

    private static final String PARAMS = "#/components/parameters/";
    private static final String RESPONSES = "#/components/responses/";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM = "application/problem+json";

    private OgcApiDocument() {}

    static Map<String, Object> of(String base, MapLayerProperties.Items items) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put(
                "/",
                get(
                        "Landing page · 服务首页",
                        "getLandingPage",
                        List.of(ref(PARAMS + "f")),
                        ok("Landing page", Ogc.JSON, ref(SCHEMAS + "landingPage"))));
        paths.put(
                "/conformance",
                get(
                        "Conformance classes · 符合的标准",
                        "getConformance",
                        List.of(ref(PARAMS + "f")),
                        ok("Conformance classes", Ogc.JSON, ref(SCHEMAS + "confClasses"))));
        paths.put(
                "/api",
                get(
                        "This API definition · API 定义",
                        "getApi",
                        List.of(ref(PARAMS + "f")),
                        ok("OpenAPI 3.0", Ogc.OPENAPI, map("type", "object"))));
        paths.put(
                "/collections",
                get(
                        "Feature collections · 要素集合",
                        "getCollections",
                        List.of(ref(PARAMS + "f")),
                        ok("The collections", Ogc.JSON, ref(SCHEMAS + "collections"))));
        Map<String, Object> schemas = schemas();
        // the public collections only: the document is public (a staff-only one is in /collections for staff)
        for (Layer layer : Layers.PUBLIC) {
            String p = "/collections/" + layer.id();
            schemas.put(layer.id() + "Properties", featureProperties(layer));
            schemas.put(layer.id() + "Feature", feature(layer));
            schemas.put(layer.id() + "FeatureCollection", featureCollection(layer));
            paths.put(
                    p,
                    get(
                            layer.title(),
                            "describe_" + layer.id(),
                            List.of(ref(PARAMS + "f")),
                            ok(layer.title(), Ogc.JSON, ref(SCHEMAS + "collection"))));
            paths.put(
                    p + "/queryables",
                    get(
                            "Queryables of " + layer.id(),
                            "queryables_" + layer.id(),
                            List.of(ref(PARAMS + "f")),
                            ok("JSON Schema of the queryable properties", Ogc.SCHEMA_JSON, map("type", "object"))));
            List<Object> itemParams = new ArrayList<>(List.of(
                    ref(PARAMS + "bbox"),
                    ref(PARAMS + "limit"),
                    ref(PARAMS + "offset"),
                    ref(PARAMS + "datetime"),
                    ref(PARAMS + "fItems")));
            for (Queryable q : layer.features().queryables()) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", "string");
                if (!q.values().isEmpty()) {
                    schema.put("enum", q.values());
                }
                itemParams.add(query(q.name(), "Features whose " + q.name() + " is this value", schema));
            }
            paths.put(
                    p + "/items",
                    get(
                            "Features of " + layer.id() + " · " + layer.titleZh(),
                            "getFeatures_" + layer.id(),
                            itemParams,
                            ok(
                                    "A page of features (FeatureCollection)",
                                    Ogc.GEOJSON,
                                    ref(SCHEMAS + layer.id() + "FeatureCollection"))));
            Map<String, Object> one = get(
                    "One feature of " + layer.id(),
                    "getFeature_" + layer.id(),
                    List.of(ref(PARAMS + "featureId"), ref(PARAMS + "fItems")),
                    ok("A feature", Ogc.GEOJSON, ref(SCHEMAS + layer.id() + "Feature")));
            responsesOf(one).put("404", ref(RESPONSES + "NotFound"));
            paths.put(p + "/items/{featureId}", one);
        }

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                map(
                        "title",
                        "厂房库 GIS · OGC API – Features",
                        "version",
                        "1.0.0",
                        "description",
                        "Towns, industrial parks, factory buildings and land parcels of Dongguan (sample data). "
                                + "Public data only: no occupants, no contacts.",
                        "license",
                        map("name", "Sample data, not official · 示例数据，非官方")));
        doc.put("servers", List.of(map("url", base)));
        // public: no operation asks for credentials
        doc.put("security", List.of(map()));
        doc.put("paths", paths);
        doc.put("components", map("parameters", parameters(items), "responses", responses(), "schemas", schemas));
        return doc;
    }

    private static Map<String, Object> parameters(MapLayerProperties.Items items) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(
                "bbox",
                query(
                        "bbox",
                        "minLon,minLat,maxLon,maxLat in CRS84 (WGS84 longitude, latitude), or with heights "
                                + "minLon,minLat,minHeight,maxLon,maxLat,maxHeight (the features are flat, so heights "
                                + "select nothing); minLon greater than maxLon is a box across the antimeridian",
                        map("type", "array", "minItems", 4, "maxItems", 6, "items", map("type", "number"))));
        p.put(
                "limit",
                query(
                        "limit",
                        "Features per page; a larger value than the maximum is refused (400)",
                        map(
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
                        map("type", "integer", "minimum", 0, "default", 0)));
        p.put(
                "datetime",
                query(
                        "datetime",
                        "Accepted and checked; the collections have no time dimension, so it selects every feature",
                        map("type", "string")));
        p.put("f", query("f", "The format: JSON", map("type", "string", "enum", QueryParameters.FORMATS)));
        p.put(
                "fItems",
                query(
                        "f",
                        "The format: GeoJSON (json or geojson)",
                        map("type", "string", "enum", QueryParameters.ITEM_FORMATS)));
        p.put(
                "featureId",
                map(
                        "name",
                        "featureId",
                        "in",
                        "path",
                        "description",
                        "The feature's id (buildings, parcels: a number; towns, parks: a code)",
                        "required",
                        true,
                        "schema",
                        map("type", "string")));
        return p;
    }

    /** An optional query parameter, one value (form style, not exploded). */
    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        return map(
                "name",
                name,
                "in",
                "query",
                "description",
                description,
                "required",
                false,
                "style",
                "form",
                "explode",
                false,
                "schema",
                schema);
    }

    private static Map<String, Object> responses() {
        Map<String, Object> problem = map(PROBLEM, map("schema", ref(SCHEMAS + "exception")));
        return map(
                "BadRequest",
                map("description", "A parameter is wrong (RFC 9457 problem naming it)", "content", problem),
                "NotFound",
                map("description", "No such feature", "content", problem),
                "NotModified",
                map(
                        "description",
                        "Not modified: the If-None-Match names the current ETag",
                        "headers",
                        map("ETag", map("schema", map("type", "string")))));
    }

    /** The schemas of OGC API – Features Part 1 (OGC 17-069r4, Annex B) that the answers follow. */
    private static Map<String, Object> schemas() {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> text = map("type", "string");
        Map<String, Object> links = map("type", "array", "items", ref(SCHEMAS + "link"));
        s.put(
                "exception",
                map(
                        "type",
                        "object",
                        "description",
                        "RFC 9457 problem, in Chinese and English",
                        "required",
                        List.of("status", "title", "detail"),
                        "properties",
                        map(
                                "type",
                                map("type", "string", "format", "uri"),
                                "title",
                                text,
                                "status",
                                map("type", "integer"),
                                "detail",
                                text,
                                "instance",
                                map("type", "string", "format", "uri-reference"),
                                "detailZh",
                                text,
                                "detailEn",
                                text,
                                "field",
                                map("type", "string", "description", "The parameter at fault"))));
        s.put(
                "link",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("href", "rel"),
                        "properties",
                        map("href", text, "rel", text, "type", text, "title", text)));
        s.put(
                "landingPage",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("links"),
                        "properties",
                        map("title", text, "description", text, "links", links)));
        s.put(
                "confClasses",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("conformsTo"),
                        "properties",
                        map("conformsTo", map("type", "array", "items", text))));
        s.put(
                "collections",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("links", "collections"),
                        "properties",
                        map(
                                "links",
                                links,
                                "collections",
                                map("type", "array", "items", ref(SCHEMAS + "collection")))));
        Map<String, Object> bbox = map("type", "array", "minItems", 4, "maxItems", 6, "items", map("type", "number"));
        s.put(
                "collection",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("id", "links"),
                        "properties",
                        map(
                                "id",
                                text,
                                "title",
                                text,
                                "description",
                                text,
                                "links",
                                links,
                                "extent",
                                map(
                                        "type",
                                        "object",
                                        "properties",
                                        map(
                                                "spatial",
                                                map(
                                                        "type",
                                                        "object",
                                                        "properties",
                                                        map(
                                                                "bbox",
                                                                map("type", "array", "minItems", 1, "items", bbox),
                                                                "crs",
                                                                text)))),
                                "itemType",
                                text,
                                "crs",
                                map("type", "array", "items", text),
                                "storageCrs",
                                text)));
        s.put(
                "geometryGeoJSON",
                map(
                        "type",
                        "object",
                        "description",
                        "A GeoJSON geometry (RFC 7946) in CRS84",
                        "required",
                        List.of("type"),
                        "properties",
                        map(
                                "type",
                                map("type", "string", "enum", GeoJson.GEOMETRY_TYPES),
                                "coordinates",
                                map("type", "array", "items", map()),
                                "geometries",
                                map("type", "array", "items", ref(SCHEMAS + "geometryGeoJSON")))));
        s.put(
                "featureGeoJSON",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("type", "geometry", "properties"),
                        "properties",
                        map(
                                "type",
                                map("type", "string", "enum", List.of("Feature")),
                                "id",
                                map("oneOf", List.of(text, map("type", "integer"))),
                                "geometry",
                                ref(SCHEMAS + "geometryGeoJSON"),
                                "properties",
                                map("type", "object", "nullable", true),
                                "links",
                                links)));
        s.put(
                "featureCollectionGeoJSON",
                map(
                        "type",
                        "object",
                        "required",
                        List.of("type", "features"),
                        "properties",
                        map(
                                "type",
                                map("type", "string", "enum", List.of("FeatureCollection")),
                                "features",
                                map("type", "array", "items", ref(SCHEMAS + "featureGeoJSON")),
                                "links",
                                links,
                                "timeStamp",
                                map("type", "string", "format", "date-time"),
                                "numberMatched",
                                map("type", "integer", "minimum", 0),
                                "numberReturned",
                                map("type", "integer", "minimum", 0))));
        return s;
    }

    /** A collection's feature properties, typed as the catalogue declares them; any may be null. */
    private static Map<String, Object> featureProperties(Layer layer) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Field f : layer.features().properties()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", f.type().jsonSchema);
            if (f.type() == FieldType.DATE) {
                schema.put("format", "date");
            }
            if (f.type() == FieldType.STRING_ARRAY) {
                schema.put("items", map("type", "string"));
            }
            if (f.type() == FieldType.NUMBER_ARRAY) {
                schema.put("items", map("type", "number"));
            }
            schema.put("nullable", true);
            properties.put(f.name(), schema);
        }
        return map("type", "object", "title", layer.title(), "properties", properties);
    }

    private static Map<String, Object> feature(Layer layer) {
        return map(
                "allOf",
                List.of(
                        ref(SCHEMAS + "featureGeoJSON"),
                        map(
                                "type",
                                "object",
                                "properties",
                                map(
                                        "id",
                                        map("type", layer.features().numericId() ? "integer" : "string"),
                                        "properties",
                                        ref(SCHEMAS + layer.id() + "Properties")))));
    }

    private static Map<String, Object> featureCollection(Layer layer) {
        return map(
                "allOf",
                List.of(
                        ref(SCHEMAS + "featureCollectionGeoJSON"),
                        map(
                                "type",
                                "object",
                                "properties",
                                map(
                                        "features",
                                        map("type", "array", "items", ref(SCHEMAS + layer.id() + "Feature"))))));
    }

    /** A GET with its 200 response, and the 304 and 400 every request of the service may get. */
    private static Map<String, Object> get(
            String summary, String operationId, List<Object> parameters, Map<String, Object> ok) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", ok);
        responses.put("304", ref(RESPONSES + "NotModified"));
        responses.put("400", ref(RESPONSES + "BadRequest"));
        return map(
                "get",
                map("summary", summary, "operationId", operationId, "parameters", parameters, "responses", responses));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responsesOf(Map<String, Object> path) {
        return (Map<String, Object>) ((Map<String, Object>) path.get("get")).get("responses");
    }

    private static Map<String, Object> ok(String description, String mediaType, Map<String, Object> schema) {
        return map(
                "description",
                description,
                "headers",
                map("ETag", map("schema", map("type", "string"))),
                "content",
                map(mediaType, map("schema", schema)));
    }

    private static Map<String, Object> ref(String target) {
        return map("$ref", target);
    }

    /** An ordered map of name, value, name, value, … */
    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
