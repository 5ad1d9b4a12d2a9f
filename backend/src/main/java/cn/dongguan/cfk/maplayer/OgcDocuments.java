package cn.dongguan.cfk.maplayer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON documents of OGC API – Features other than features, built from the layer catalogue. */
final class OgcDocuments {

    record LandingPage(String title, String description, List<Link> links) {}

    record Conformance(List<String> conformsTo) {}

    record Collections(List<Link> links, List<Collection> collections) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Collection(
            String id,
            String title,
            String description,
            List<Link> links,
            Extent extent,
            String itemType,
            List<String> crs,
            String storageCrs) {}

    record Extent(Spatial spatial) {}

    record Spatial(List<List<Double>> bbox, String crs) {}

    private OgcDocuments() {}

    static LandingPage landingPage(String base) {
        return new LandingPage(
                "厂房库 GIS · OGC API – Features",
                "东莞市产业园区、厂房楼栋、地块与镇街图层（示例数据）/ Dongguan's industrial parks, factory buildings, "
                        + "land parcels and towns (sample data)",
                List.of(
                        new Link(base, Ogc.REL_SELF, Ogc.JSON, "本页 · This document"),
                        new Link(
                                base + "/api",
                                Ogc.REL_SERVICE_DESC,
                                Ogc.OPENAPI,
                                "API 定义 · The API definition (OpenAPI 3.0)"),
                        new Link(base + "/conformance", Ogc.REL_CONFORMANCE, Ogc.JSON, "符合的标准 · Conformance classes"),
                        new Link(base + "/collections", Ogc.REL_DATA, Ogc.JSON, "要素集合 · Feature collections")));
    }

    static Conformance conformance() {
        return new Conformance(Ogc.CONFORMANCE);
    }

    static Collections collections(String base, List<Layer> layers, Map<String, Optional<List<Double>>> extents) {
        List<Collection> collections = new ArrayList<>();
        for (Layer layer : layers) {
            collections.add(collection(base, layer, extents.get(layer.id())));
        }
        return new Collections(
                List.of(new Link(base + "/collections", Ogc.REL_SELF, Ogc.JSON, "要素集合 · Feature collections")),
                collections);
    }

    static Collection collection(String base, Layer layer, Optional<List<Double>> bbox) {
        String self = base + "/collections/" + layer.id();
        List<Link> links = List.of(
                new Link(self, Ogc.REL_SELF, Ogc.JSON, layer.title()),
                new Link(self + "/items", Ogc.REL_ITEMS, Ogc.GEOJSON, layer.title() + "（GeoJSON）"),
                new Link(self + "/queryables", Ogc.REL_QUERYABLES, Ogc.SCHEMA_JSON, "可筛选的属性 · Queryable properties"));
        Extent extent =
                bbox.map(b -> new Extent(new Spatial(List.of(b), Ogc.CRS84))).orElse(null);
        return new Collection(
                layer.id(),
                layer.title(),
                layer.description(),
                links,
                extent,
                "feature",
                List.of(Ogc.CRS84),
                Ogc.CRS84);
    }

    /** The queryable properties as JSON Schema (OGC API – Features Part 3). */
    static Map<String, Object> queryables(String base, Layer layer) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Queryable q : layer.features().queryables()) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("title", q.name());
            schema.put("type", "string");
            if (!q.values().isEmpty()) {
                schema.put("enum", q.values());
            }
            properties.put(q.name(), schema);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.put("$id", base + "/collections/" + layer.id() + "/queryables");
        doc.put("type", "object");
        doc.put("title", layer.title());
        doc.put("properties", properties);
        doc.put("additionalProperties", false);
        return doc;
    }
}
