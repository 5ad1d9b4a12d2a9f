package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OGC API – Features on the sample data: documents, paging, bbox and filters checked against PostGIS itself. */
@IntegrationTest
class OgcApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode json(MockHttpServletRequestBuilder request, String contentType) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType())
                        .isCompatibleWith(MediaType.parseMediaType(contentType)))
                .as(result.getResponse().getContentType())
                .isTrue();
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode items(String url) throws Exception {
        return json(get(url), "application/geo+json");
    }

    private static String link(JsonNode doc, String rel) {
        for (JsonNode link : doc.get("links")) {
            if (link.get("rel").asString().equals(rel)) {
                return link.get("href").asString();
            }
        }
        return null;
    }

    private static List<Long> ids(JsonNode collection) {
        List<Long> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theLandingPageLinksToTheApiConformanceAndCollections() throws Exception {
        JsonNode landing = json(get("/ogc"), "application/json");

        assertThat(link(landing, "self")).isEqualTo("http://localhost/ogc");
        assertThat(link(landing, "service-desc")).isEqualTo("http://localhost/ogc/api");
        assertThat(link(landing, "conformance")).isEqualTo("http://localhost/ogc/conformance");
        assertThat(link(landing, "data")).isEqualTo("http://localhost/ogc/collections");
        assertThat(json(get("/ogc/").param("f", "json"), "application/json")
                        .get("title")
                        .asString())
                .contains("OGC API");

        assertThat(mvc.perform(get("/ogc/collections").header("Origin", "https://maps.example.org"))
                        .andReturn()
                        .getResponse()
                        .getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("*");

        JsonNode conformance = json(get("/ogc/conformance"), "application/json");
        List<String> classes = new ArrayList<>();
        conformance.get("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes)
                .contains(
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void theApiDefinitionIsOpenApi30WithEachCollectionsQueryables() throws Exception {
        JsonNode api = json(get("/ogc/api"), "application/vnd.oai.openapi+json;version=3.0");

        assertThat(api.get("openapi").asString()).startsWith("3.0");
        assertThat(api.get("servers").get(0).get("url").asString()).isEqualTo("http://localhost/ogc");
        Set<String> parcelParameters = new HashSet<>();
        api.get("paths")
                .get("/collections/parcels/items")
                .get("get")
                .get("parameters")
                .forEach(p -> parcelParameters.add(
                        p.has("name") ? p.get("name").asString() : p.get("$ref").asString()));
        assertThat(parcelParameters)
                .contains("status", "planningUse", "townCode", "parkCode", "#/components/parameters/bbox");
        assertThat(api.get("components")
                        .get("parameters")
                        .get("limit")
                        .get("schema")
                        .get("maximum")
                        .asInt())
                .isEqualTo(10_000);
        JsonNode bbox = api.get("components").get("parameters").get("bbox").get("schema");
        assertThat(bbox.get("minItems").asInt()).isEqualTo(4);
        assertThat(bbox.get("maxItems").asInt()).isEqualTo(6);
        // every answer has a schema; a collection's properties are typed as its features carry them
        JsonNode schemas = api.get("components").get("schemas");
        assertThat(api.get("paths")
                        .get("/collections/parcels/items")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .get("application/geo+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/parcelsFeatureCollection");
        JsonNode parcel = schemas.get("parcelsProperties").get("properties");
        assertThat(parcel.get("areaMu").get("type").asString()).isEqualTo("number");
        assertThat(parcel.get("earliestSupplyDate").get("format").asString()).isEqualTo("date");
        assertThat(schemas.get("exception").get("properties").has("detailZh")).isTrue();
    }

    @Test
    void collectionsAreTheFourLayersWithTheExtentOfTheirData() throws Exception {
        JsonNode collections = json(get("/ogc/collections"), "application/json");

        List<String> ids = new ArrayList<>();
        collections.get("collections").forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).containsExactly("towns", "parks", "buildings", "parcels");
        for (JsonNode c : collections.get("collections")) {
            String table = Layers.require(c.get("id").asString()).table();
            Map<String, Object> e =
                    jdbc.queryForMap("SELECT ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, "
                            + "ST_YMax(e) AS ymax FROM (SELECT ST_Extent(geom) AS e FROM " + table + ") x");
            JsonNode bbox = c.get("extent").get("spatial").get("bbox").get(0);
            assertThat(bbox.get(0).asDouble()).isCloseTo(((Number) e.get("xmin")).doubleValue(), within(1e-9));
            assertThat(bbox.get(1).asDouble()).isCloseTo(((Number) e.get("ymin")).doubleValue(), within(1e-9));
            assertThat(bbox.get(2).asDouble()).isCloseTo(((Number) e.get("xmax")).doubleValue(), within(1e-9));
            assertThat(bbox.get(3).asDouble()).isCloseTo(((Number) e.get("ymax")).doubleValue(), within(1e-9));
            assertThat(c.get("extent").get("spatial").get("crs").asString())
                    .isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
            assertThat(link(c, "items"))
                    .isEqualTo("http://localhost/ogc/collections/" + c.get("id").asString() + "/items");
        }
        JsonNode parcels = json(get("/ogc/collections/parcels"), "application/json");
        assertThat(parcels.get("title").asString()).contains("地块");
        JsonNode queryables = json(get("/ogc/collections/parcels/queryables"), "application/schema+json");
        assertThat(queryables.get("properties").get("status").get("enum").get(0).asString())
                .isEqualTo("RESERVE");
    }

    @Test
    void aPageHasItsCountsTimeStampAndLinks() throws Exception {
        JsonNode page = items("/ogc/collections/buildings/items");

        long buildings = count("SELECT count(*) FROM building");
        assertThat(page.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(page.get("numberMatched").asLong()).isEqualTo(buildings);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(100);
        assertThat(page.get("features")).hasSize(100);
        assertThat(page.get("timeStamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(ids(page).get(0)).isEqualTo(count("SELECT min(id) FROM building"));
        assertThat(link(page, "self")).isEqualTo("http://localhost/ogc/collections/buildings/items");
        assertThat(link(page, "next")).isEqualTo("http://localhost/ogc/collections/buildings/items?offset=100");
        assertThat(link(page, "prev")).isNull();
        assertThat(link(page, "collection")).isEqualTo("http://localhost/ogc/collections/buildings");
        JsonNode feature = page.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Polygon");
    }

    @Test
    void followingNextLinksVisitsEveryFeatureOnceInIdOrder() throws Exception {
        List<Long> seen = new ArrayList<>();
        String url = "/ogc/collections/parcels/items?limit=97&f=json";
        String previous = null;
        int pages = 0;
        while (url != null) {
            JsonNode page = items(url);
            seen.addAll(ids(page));
            if (pages == 1) {
                assertThat(link(page, "prev"))
                        .isEqualTo("http://localhost/ogc/collections/parcels/items?limit=97&f=json");
            }
            previous = url;
            String next = link(page, "next");
            url = next == null ? null : next.replace("http://localhost", "");
            pages++;
        }
        assertThat(previous).endsWith("offset=" + (pages - 1) * 97);
        assertThat(seen)
                .doesNotHaveDuplicates()
                .isSorted()
                .containsExactlyElementsOf(jdbc.queryForList("SELECT id FROM parcel ORDER BY id", Long.class));
    }

    @Test
    void bboxSelectsWhatPostgisSaysIntersectsIt() throws Exception {
        Map<String, Object> box = jdbc.queryForMap("""
                SELECT ST_XMin(e) + 0.002 AS minx, ST_YMin(e) + 0.002 AS miny, ST_XMax(e) - 0.002 AS maxx, ST_YMax(e) - 0.002 AS maxy
                FROM (SELECT ST_Extent(geom) AS e FROM park WHERE code = 'DG-P05') x""");
        String bbox = box.get("minx") + "," + box.get("miny") + "," + box.get("maxx") + "," + box.get("maxy");
        List<Long> expected =
                jdbc.queryForList("""
                SELECT id FROM building WHERE ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) ORDER BY id""", Long.class, box.get("minx"), box.get("miny"), box.get("maxx"), box.get("maxy"));

        JsonNode page = items("/ogc/collections/buildings/items?limit=10000&bbox=" + bbox);

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(page.get("numberMatched").asLong()).isEqualTo(expected.size());
        assertThat(ids(page)).containsExactlyElementsOf(expected);
    }

    /**
     * A box whose minimum longitude is greater than its maximum crosses the antimeridian (OGC API –
     * Features §7.15.3): from 113.9° east round the world to 113.8°, all of Dongguan but a strip.
     */
    @Test
    void aBoxAcrossTheAntimeridianSelectsBothItsParts() throws Exception {
        List<Long> expected = jdbc.queryForList("""
                SELECT id FROM building
                WHERE ST_Intersects(geom, ST_MakeEnvelope(113.9, 22.9, 180, 23.0, 4326))
                   OR ST_Intersects(geom, ST_MakeEnvelope(-180, 22.9, 113.8, 23.0, 4326))
                ORDER BY id""", Long.class);
        long strip = count(
                "SELECT count(*) FROM building WHERE ST_Intersects(geom, ST_MakeEnvelope(113.8, 22.9, 113.9, 23.0, 4326))");

        JsonNode page = items("/ogc/collections/buildings/items?limit=10000&bbox=113.9,22.9,113.8,23.0");

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(strip).isPositive();
        assertThat(ids(page)).containsExactlyElementsOf(expected);
        assertThat(items("/ogc/collections/buildings/items?bbox=177,65,-177,70").get("features"))
                .isEmpty();
    }

    @Test
    void aBoxWithHeightsSelectsAsItsFlatBox() throws Exception {
        JsonNode flat = items("/ogc/collections/parcels/items?limit=10000&bbox=113.7,22.9,113.8,23.0");
        JsonNode withHeights = items("/ogc/collections/parcels/items?limit=10000&bbox=113.7,22.9,-10,113.8,23.0,500");

        assertThat(ids(flat)).isNotEmpty().containsExactlyElementsOf(ids(withHeights));
    }

    @Test
    void propertyFiltersSelectWhatTheyName() throws Exception {
        String town = jdbc.queryForObject(
                "SELECT town_code FROM parcel WHERE status = 'AVAILABLE' GROUP BY town_code "
                        + "ORDER BY count(*) DESC, town_code LIMIT 1",
                String.class);

        JsonNode page =
                items("/ogc/collections/parcels/items?limit=1000&status=AVAILABLE&townCode=" + town.toLowerCase());

        assertThat(page.get("numberMatched").asLong())
                .isEqualTo(count("SELECT count(*) FROM parcel WHERE status = 'AVAILABLE' AND town_code = ?", town))
                .isPositive();
        page.get("features").forEach(f -> {
            assertThat(f.get("properties").get("status").asString()).isEqualTo("AVAILABLE");
            assertThat(f.get("properties").get("townCode").asString()).isEqualTo(town);
        });
        assertThat(link(page, "self")).contains("status=AVAILABLE");

        JsonNode inPark = json(
                get("/ogc/collections/buildings/items")
                        .param("parkCode", "dg-p07")
                        .param("type", "研发楼"),
                "application/geo+json");
        assertThat(inPark.get("numberMatched").asLong())
                .isEqualTo(count("SELECT count(*) FROM building WHERE park_code = 'DG-P07' AND type = '研发楼'"));
        JsonNode level = json(get("/ogc/collections/parks/items").param("level", "市级"), "application/geo+json");
        assertThat(level.get("numberMatched").asLong())
                .isEqualTo(count("SELECT count(*) FROM park WHERE level = '市级'"));
    }

    @Test
    void theMaximumLimitIsServedAndOffsetsBeyondTheEndAreEmpty() throws Exception {
        JsonNode all = items("/ogc/collections/buildings/items?limit=10000");
        assertThat(all.get("numberReturned").asLong())
                .isEqualTo(Math.min(10_000, count("SELECT count(*) FROM building")));

        JsonNode beyond = items("/ogc/collections/towns/items?offset=40");
        assertThat(beyond.get("numberMatched").asLong()).isEqualTo(32);
        assertThat(beyond.get("features")).isEmpty();
        assertThat(link(beyond, "next")).isNull();
        assertThat(link(beyond, "prev")).isEqualTo("http://localhost/ogc/collections/towns/items");
    }

    @Test
    void oneFeatureByItsId() throws Exception {
        Map<String, Object> parcel =
                jdbc.queryForMap("SELECT id, parcel_no, area_m2, status FROM parcel ORDER BY id DESC LIMIT 1");
        JsonNode feature = json(get("/ogc/collections/parcels/items/{id}", parcel.get("id")), "application/geo+json");

        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("id").asLong()).isEqualTo(((Number) parcel.get("id")).longValue());
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(feature.get("properties").get("parcelNo").asString()).isEqualTo(parcel.get("parcel_no"));
        assertThat(feature.get("properties").get("areaMu").asDouble())
                .isCloseTo(((Number) parcel.get("area_m2")).doubleValue() * 15 / 10000, within(0.005));
        assertThat(link(feature, "self"))
                .isEqualTo("http://localhost/ogc/collections/parcels/items/" + parcel.get("id"));

        JsonNode park = json(get("/ogc/collections/parks/items/DG-P03"), "application/geo+json");
        assertThat(park.get("id").asString()).isEqualTo("DG-P03");
        assertThat(park.get("properties").get("towns").isArray()).isTrue();

        for (String missing : List.of(
                "/ogc/collections/parcels/items/99999999",
                "/ogc/collections/buildings/items/abc",
                "/ogc/collections/parks/items/DG-P99",
                "/ogc/collections/towns/items/NOWHERE")) {
            MvcResult result = mvc.perform(get(missing)).andReturn();
            assertThat(result.getResponse().getStatus()).as(missing).isEqualTo(404);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            assertThat(result.getResponse().getContentAsString()).contains("没有要素");
        }
    }

    @Test
    void featuresCarryTheCataloguesPublicPropertiesOnly() throws Exception {
        for (Layer layer : Layers.PUBLIC) {
            JsonNode page = items("/ogc/collections/" + layer.id() + "/items?limit=10000");
            Set<String> declared = new HashSet<>(
                    layer.features().properties().stream().map(Field::name).toList());
            page.get("features").forEach(f -> {
                Set<String> keys = new HashSet<>();
                f.get("properties").propertyNames().forEach(keys::add);
                assertThat(keys).as(layer.id()).isEqualTo(declared);
            });
            assertThat(page.toString()).doesNotContainIgnoringCase("contact").doesNotContainIgnoringCase("occupant");
        }
    }
}
