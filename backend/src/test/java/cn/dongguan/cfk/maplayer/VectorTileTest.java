package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vector tiles on the sample data, decoded by GDAL's MVT driver as a map client would read them:
 * which features, which attributes (and nothing private), at the edges of the grid and of tiles, and
 * their ETags as the data changes.
 */
@IntegrationTest
class VectorTileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MapLayerProperties properties;

    /** The Cache-Control of every public map answer, as configured (application-test.yml). */
    private String cacheControl() {
        return properties.httpCache().cacheControl().getHeaderValue();
    }

    private MvcResult fetch(String layer, TileCoordinates at) throws Exception {
        return mvc.perform(get("/tiles/{layer}/{z}/{x}/{y}.mvt", layer, at.z(), at.x(), at.y()))
                .andReturn();
    }

    /** The tile's features by their "id" (or "code") attribute, decoded by GDAL. */
    private Map<String, JsonNode> decode(String layer, TileCoordinates at) throws Exception {
        MvcResult result = fetch(layer, at);
        assertThat(result.getResponse().getStatus()).as("tile %s/%s", layer, at).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/vnd.mapbox-vector-tile");
        JsonNode collection = Gdal.decodeTile(result.getResponse().getContentAsByteArray(), layer, at);
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode f : collection.get("features")) {
            JsonNode p = f.get("properties");
            byKey.put(p.has("id") ? p.get("id").asString() : p.get("code").asString(), f);
        }
        return byKey;
    }

    private TileCoordinates tileOf(String table, String where, int z) {
        Map<String, Object> p =
                jdbc.queryForMap("SELECT ST_X(c) AS lon, ST_Y(c) AS lat FROM (SELECT ST_PointOnSurface(geom) AS c FROM "
                        + table + " WHERE " + where + ") x");
        return TileCoordinates.containing(
                ((Number) p.get("lon")).doubleValue(), ((Number) p.get("lat")).doubleValue(), z);
    }

    private static Set<String> keys(JsonNode feature) {
        Set<String> keys = new HashSet<>();
        feature.get("properties").propertyNames().forEach(keys::add);
        return keys;
    }

    /** Whether a building is {@code stale} is checked at the rule's boundary by FreshnessRuleTest. */
    @Test
    void buildingsCarryVacancyAndFreshnessAndNothingElse() throws Exception {
        String withVacantUnit = """
                SELECT b.id FROM building b JOIN space_unit u ON u.building_id = b.id WHERE b.park_code IS NOT NULL
                GROUP BY b.id HAVING coalesce(sum(u.vacant_area_m2) FILTER (WHERE u.status = 'VACANT'), 0) > 0
                ORDER BY b.id LIMIT 1""";
        String withoutVacantUnit = """
                SELECT b.id FROM building b JOIN space_unit u ON u.building_id = b.id WHERE b.park_code IS NOT NULL
                GROUP BY b.id HAVING NOT bool_or(u.status = 'VACANT') ORDER BY b.id LIMIT 1""";
        for (String pick : List.of(withVacantUnit, withoutVacantUnit)) {
            long id = jdbc.queryForObject(pick, Long.class);
            Map<String, Object> b = jdbc.queryForMap("""
                    SELECT b.park_code, b.floors, b.floor_area_m2,
                           coalesce((SELECT sum(vacant_area_m2) FROM space_unit WHERE building_id = b.id AND status = 'VACANT'), 0) AS vacant,
                           ST_XMin(b.geom) AS xmin, ST_YMin(b.geom) AS ymin, ST_XMax(b.geom) AS xmax, ST_YMax(b.geom) AS ymax
                    FROM building b WHERE b.id = ?""", id);
            TileCoordinates at = tileOf("building", "id = " + id, 16);

            JsonNode feature = decode("buildings", at).get(Long.toString(id));

            assertThat(feature).as("building %d in tile %s", id, at).isNotNull();
            assertThat(keys(feature))
                    .containsExactlyInAnyOrder(
                            "mvt_id", "id", "parkCode", "floors", "vacantAreaM2", "vacancyShare", "stale");
            JsonNode p = feature.get("properties");
            assertThat(p.get("mvt_id").asLong()).isEqualTo(id);
            assertThat(p.get("parkCode").asString()).isEqualTo(b.get("park_code"));
            assertThat(p.get("floors").asInt()).isEqualTo(b.get("floors"));
            double vacant = ((Number) b.get("vacant")).doubleValue();
            assertThat(p.get("vacantAreaM2").asDouble()).isCloseTo(vacant, within(0.005));
            assertThat(p.get("vacancyShare").asDouble())
                    .isCloseTo(vacant / ((Number) b.get("floor_area_m2")).doubleValue(), within(0.00005));
            assertThat(bbox(feature.get("geometry")))
                    .containsExactly(
                            new double[] {
                                ((Number) b.get("xmin")).doubleValue(),
                                ((Number) b.get("ymin")).doubleValue(),
                                ((Number) b.get("xmax")).doubleValue(),
                                ((Number) b.get("ymax")).doubleValue()
                            },
                            within(0.00001));
        }
    }

    @Test
    void aBuildingTileHoldsExactlyTheBuildingsMeetingItAndItsBuffer() throws Exception {
        TileCoordinates at = tileOf("park", "code = 'DG-P07'", 15);
        List<String> expected = jdbc.queryForList("""
                SELECT id::text FROM building
                WHERE ST_Intersects(geom, ST_Transform(ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096), 4326))""", String.class, at.z(), at.x(), at.y());

        assertThat(expected).isNotEmpty();
        assertThat(decode("buildings", at).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBuildingAcrossATileEdgeIsInBothTiles() throws Exception {
        // A building whose footprint crosses the boundary between two z17 columns
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT id, ST_XMin(geom) AS xmin, ST_XMax(geom) AS xmax, ST_Y(ST_Centroid(geom)) AS lat FROM building
                WHERE floor(((ST_XMin(geom) + 180) / 360) * 131072) <> floor(((ST_XMax(geom) + 180) / 360) * 131072)
                  AND park_code IS NOT NULL ORDER BY id LIMIT 1""");
        String id = row.get("id").toString();
        double lat = ((Number) row.get("lat")).doubleValue();
        TileCoordinates west = TileCoordinates.containing(((Number) row.get("xmin")).doubleValue(), lat, 17);
        TileCoordinates east = TileCoordinates.containing(((Number) row.get("xmax")).doubleValue(), lat, 17);

        assertThat(east.x()).isEqualTo(west.x() + 1);
        assertThat(decode("buildings", west)).containsKey(id);
        assertThat(decode("buildings", east)).containsKey(id);
    }

    @Test
    void parksCarryTheirVacancyFigures() throws Exception {
        TileCoordinates at = tileOf("park", "code = 'DG-P07'", 11);
        Map<String, Object> park = jdbc.queryForMap("""
                SELECT p.name,
                       (SELECT sum(b.floor_area_m2) FROM building b WHERE b.park_code = p.code) AS floor,
                       (SELECT sum(u.vacant_area_m2) FROM space_unit u JOIN building b ON b.id = u.building_id
                        WHERE b.park_code = p.code AND u.status = 'VACANT') AS vacant
                FROM park p WHERE p.code = 'DG-P07'""");

        JsonNode feature = decode("parks", at).get("DG-P07");

        assertThat(feature).isNotNull();
        assertThat(keys(feature)).containsExactlyInAnyOrder("mvt_id", "code", "name", "vacancyRate", "vacantAreaM2");
        JsonNode p = feature.get("properties");
        double vacant = ((Number) park.get("vacant")).doubleValue();
        assertThat(p.get("name").asString()).isEqualTo(park.get("name"));
        assertThat(p.get("vacantAreaM2").asDouble()).isCloseTo(vacant, within(0.005));
        assertThat(p.get("vacancyRate").asDouble())
                .isCloseTo(vacant / ((Number) park.get("floor")).doubleValue(), within(0.00005));
    }

    @Test
    void parcelsCarryAreaInMuPlanningUseAndStatus() throws Exception {
        Map<String, Object> parcel = jdbc.queryForMap(
                "SELECT id, area_m2, planning_use, status FROM parcel WHERE park_code IS NOT NULL ORDER BY id LIMIT 1");
        TileCoordinates at = tileOf("parcel", "id = " + parcel.get("id"), 14);

        JsonNode feature = decode("parcels", at).get(parcel.get("id").toString());

        assertThat(feature).isNotNull();
        assertThat(keys(feature)).containsExactlyInAnyOrder("mvt_id", "id", "areaMu", "planningUse", "status");
        JsonNode p = feature.get("properties");
        assertThat(p.get("areaMu").asDouble())
                .isCloseTo(((Number) parcel.get("area_m2")).doubleValue() * 15 / 10000, within(0.005));
        assertThat(p.get("planningUse").asString()).isEqualTo(parcel.get("planning_use"));
        assertThat(p.get("status").asString()).isEqualTo(parcel.get("status"));
    }

    @Test
    void aCityWideTileHoldsEveryTownAndEveryParkWithTheirNames() throws Exception {
        // Up to z7 the whole city lies in one tile
        TileCoordinates city6 = tileOf("town", "code = 'DONGCHENG'", 6);
        Map<String, JsonNode> towns = decode("towns", city6);

        assertThat(towns.keySet())
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT code FROM town", String.class));
        assertThat(towns.get("DONGCHENG").get("properties").get("name").asString())
                .isEqualTo("东城街道");
        assertThat(keys(towns.get("DONGCHENG"))).containsExactlyInAnyOrder("mvt_id", "code", "name");
        Map<String, JsonNode> parks = decode("parks", tileOf("town", "code = 'DONGCHENG'", 7));
        assertThat(parks.keySet())
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT code FROM park", String.class));
        // Every feature has an MVT feature id, unique in its layer: a park's is the number of its code.
        assertThat(towns.values().stream()
                        .map(t -> t.get("properties").get("mvt_id").asLong()))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        jdbc.queryForList("SELECT feature_id::bigint FROM town", Long.class));
        assertThat(parks.get("DG-P07").get("properties").get("mvt_id").asLong()).isEqualTo(7);
        assertThat(parks.values().stream()
                        .map(p -> p.get("properties").get("mvt_id").asLong()))
                .doesNotHaveDuplicates();
    }

    @Test
    void tilesAtTheEdgesOfTheGridAreServedAndEmptyWhereThereIsNoData() throws Exception {
        for (TileCoordinates empty : List.of(
                new TileCoordinates(4, 0, 0),
                new TileCoordinates(4, 15, 15),
                new TileCoordinates(4, 15, 0),
                new TileCoordinates(13, 0, 0),
                new TileCoordinates(13, 8191, 8191),
                new TileCoordinates(22, 4194303, 4194303),
                new TileCoordinates(22, 0, 4194303))) {
            MvcResult result = fetch(empty.z() >= 13 ? "buildings" : "towns", empty);
            assertThat(result.getResponse().getStatus()).as("tile %s", empty).isEqualTo(204);
            assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
            assertThat(result.getResponse().getHeader("ETag")).isNotBlank();
            assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo(cacheControl());
        }
        // the city's own tile at the same zooms is not empty
        assertThat(fetch("towns", tileOf("town", "code = 'DONGCHENG'", 4))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void zoomsOutsideALayersRangeAnswerEmpty() throws Exception {
        assertThat(fetch("towns", new TileCoordinates(0, 0, 0)).getResponse().getStatus())
                .isEqualTo(204);
        assertThat(fetch("towns", tileOf("town", "code = 'DONGCHENG'", 3))
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(fetch("parks", tileOf("park", "code = 'DG-P07'", 5))
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(fetch("parks", tileOf("park", "code = 'DG-P07'", 6))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(fetch("buildings", tileOf("park", "code = 'DG-P07'", 12))
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(fetch("buildings", tileOf("park", "code = 'DG-P07'", 13))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(fetch("parcels", tileOf("park", "code = 'DG-P07'", 10))
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(fetch("parcels", tileOf("park", "code = 'DG-P07'", 11))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aTileWithAnUnchangedETagAnswers304() throws Exception {
        TileCoordinates at = tileOf("park", "code = 'DG-P03'", 14);
        MvcResult first = fetch("buildings", at);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"buildings-");
        assertThat(first.getResponse().getHeaders("ETag")).hasSize(1);
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo(cacheControl());

        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag)) {
            MvcResult again = mvc.perform(get("/tiles/buildings/{z}/{x}/{y}.mvt", at.z(), at.x(), at.y())
                            .header("If-None-Match", ifNoneMatch))
                    .andReturn();
            assertThat(again.getResponse().getStatus()).isEqualTo(304);
            assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
            assertThat(again.getResponse().getHeaders("ETag")).containsExactly(etag);
            assertThat(again.getResponse().getHeader("Cache-Control")).isEqualTo(cacheControl());
        }
    }

    @Test
    void webMapsOnOtherOriginsMayReadTilesAndTheirETags() throws Exception {
        TileCoordinates at = tileOf("park", "code = 'DG-P03'", 14);
        MvcResult result = mvc.perform(get("/tiles/buildings/{z}/{x}/{y}.mvt", at.z(), at.x(), at.y())
                        .header("Origin", "https://maps.example.org"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("*");
        assertThat(result.getResponse().getHeader("Access-Control-Expose-Headers"))
                .contains("ETag");
    }

    @Test
    void aChangeOfDataChangesTheTileAndItsETag() throws Exception {
        Map<String, Object> unit = jdbc.queryForMap("""
                SELECT u.id, u.building_id FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE u.status = 'VACANT' AND u.vacant_area_m2 > 10 AND b.park_code IS NOT NULL ORDER BY u.id LIMIT 1""");
        long unitId = ((Number) unit.get("id")).longValue();
        String buildingId = unit.get("building_id").toString();
        TileCoordinates at = tileOf("building", "id = " + buildingId, 16);
        TileCoordinates parksAt = tileOf("building", "id = " + buildingId, 10);
        String etagBefore = fetch("buildings", at).getResponse().getHeader("ETag");
        double vacantBefore = decode("buildings", at)
                .get(buildingId)
                .get("properties")
                .get("vacantAreaM2")
                .asDouble();
        String parksEtagBefore = fetch("parks", parksAt).getResponse().getHeader("ETag");
        String parcelsEtagBefore = fetch("parcels", at).getResponse().getHeader("ETag");

        jdbc.update("UPDATE space_unit SET vacant_area_m2 = vacant_area_m2 - 10 WHERE id = ?", unitId);
        try {
            MvcResult after = awaitChange(at, etagBefore);

            assertThat(after.getResponse().getStatus()).isEqualTo(200);
            assertThat(decode("buildings", at)
                            .get(buildingId)
                            .get("properties")
                            .get("vacantAreaM2")
                            .asDouble())
                    .isCloseTo(vacantBefore - 10, within(0.005));
            assertThat(fetch("parks", parksAt).getResponse().getHeader("ETag"))
                    .as("parks show vacancy too")
                    .isNotEqualTo(parksEtagBefore);
            assertThat(fetch("parcels", at).getResponse().getHeader("ETag"))
                    .as("parcels do not depend on units")
                    .isEqualTo(parcelsEtagBefore);
        } finally {
            jdbc.update("UPDATE space_unit SET vacant_area_m2 = vacant_area_m2 + 10 WHERE id = ?", unitId);
        }
    }

    /**
     * The tile asked for with the old ETag, once the app has heard of the commit: PostgreSQL notifies the
     * app at commit, so this takes milliseconds; the bound only keeps a broken listener from hanging.
     */
    private MvcResult awaitChange(TileCoordinates at, String oldEtag) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            MvcResult result = mvc.perform(get("/tiles/buildings/{z}/{x}/{y}.mvt", at.z(), at.x(), at.y())
                            .header("If-None-Match", oldEtag))
                    .andReturn();
            if (result.getResponse().getStatus() != 304 || System.nanoTime() > deadline) {
                assertThat(result.getResponse().getHeader("ETag")).isNotEqualTo(oldEtag);
                return result;
            }
            Thread.sleep(10);
        }
    }

    @Test
    void tileJsonDescribesEachLayer() throws Exception {
        for (Layer layer : Layers.PUBLIC) {
            String body = mvc.perform(get("/tiles/{layer}.json", layer.id()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode doc = JSON.readTree(body);
            Map<String, Object> extent =
                    jdbc.queryForMap("SELECT ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, "
                            + "ST_YMax(e) AS ymax FROM (SELECT ST_Extent(geom) AS e FROM " + layer.table() + ") x");

            assertThat(doc.get("tilejson").asString()).isEqualTo("3.0.0");
            assertThat(doc.get("tiles").get(0).asString())
                    .isEqualTo("http://localhost/tiles/" + layer.id() + "/{z}/{x}/{y}.mvt");
            assertThat(doc.get("minzoom").asInt()).isEqualTo(layer.tiles().minZoom());
            assertThat(doc.get("maxzoom").asInt()).isEqualTo(22);
            assertThat(StreamSupport.stream(doc.get("bounds").spliterator(), false)
                            .mapToDouble(JsonNode::asDouble)
                            .toArray())
                    .containsExactly(
                            new double[] {
                                ((Number) extent.get("xmin")).doubleValue(),
                                ((Number) extent.get("ymin")).doubleValue(),
                                ((Number) extent.get("xmax")).doubleValue(),
                                ((Number) extent.get("ymax")).doubleValue()
                            },
                            within(1e-9));
            JsonNode vectorLayer = doc.get("vector_layers").get(0);
            assertThat(vectorLayer.get("id").asString()).isEqualTo(layer.id());
            Set<String> fields = new HashSet<>();
            vectorLayer.get("fields").propertyNames().forEach(fields::add);
            assertThat(fields)
                    .containsExactlyInAnyOrderElementsOf(
                            layer.tiles().fields().stream().map(Field::name).toList());
        }
        JsonNode buildings = JSON.readTree(mvc.perform(get("/tiles/buildings.json"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(buildings.get("minzoom").asInt()).isEqualTo(13);
        assertThat(buildings
                        .get("vector_layers")
                        .get(0)
                        .get("fields")
                        .get("stale")
                        .asString())
                .isEqualTo("Boolean");
    }

    private static double[] bbox(JsonNode geometry) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        collect(geometry.get("coordinates"), box);
        return box;
    }

    private static void collect(JsonNode coordinates, double[] box) {
        if (coordinates.get(0).isNumber()) {
            box[0] = Math.min(box[0], coordinates.get(0).asDouble());
            box[1] = Math.min(box[1], coordinates.get(1).asDouble());
            box[2] = Math.max(box[2], coordinates.get(0).asDouble());
            box[3] = Math.max(box[3], coordinates.get(1).asDouble());
            return;
        }
        coordinates.forEach(c -> collect(c, box));
    }
}
