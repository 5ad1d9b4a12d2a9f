package cn.dongguan.cfk.geometry;

import static cn.dongguan.cfk.support.WriteRequests.JSON;
import static cn.dongguan.cfk.support.WriteRequests.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The geometry rules of SPEC §4 as a park manager meets them when adding buildings and parcels:
 * GeoJSON in one of four CRSs, transformed by PostGIS, refused with the reason and the place when
 * invalid, out of Dongguan, out of the park or on top of another building; repaired only on request.
 */
@IntegrationTest
class GeometryRulesTest {

    private static final String PARK = "DG-P27";
    private static final String MANAGER = "manager27";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    @Test
    void aBowTieIsRefusedWithPostgisReasonAndTheCrossingPoint() throws Exception {
        Box box = land.inPark(PARK, 40);
        String bowTie = box.polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0);
        long before = buildings();

        String body = postBuilding(bowTie, "")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.reason", containsString("Self-intersection")))
                .andExpect(jsonPath("$.detailZh", allOf(containsString("几何无效"), containsString("repair"))))
                .andExpect(jsonPath("$.detailEn", containsString("Self-intersection")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode location = JSON.readTree(body).get("location");
        assertThat(location.get("type").asString()).isEqualTo("Point");
        double[] crossing =
                jdbc.queryForObject("""
                SELECT ST_X(p), ST_Y(p) FROM (SELECT (ST_IsValidDetail(ST_GeomFromGeoJSON(?))).location AS p) d""", (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, bowTie);
        assertThat(location.get("coordinates").get(0).asDouble()).isCloseTo(crossing[0], within(1e-7));
        assertThat(location.get("coordinates").get(1).asDouble()).isCloseTo(crossing[1], within(1e-7));
        assertThat(buildings()).isEqualTo(before);
    }

    @ParameterizedTest(name = "repair={0}")
    @ValueSource(strings = {"", ",\"repair\": true"})
    void anUnclosedRingIsRefusedEvenWhenRepairIsAskedFor(String repair) throws Exception {
        Box box = land.inPark(PARK, 40);
        long before = buildings();
        postBuilding(box.polygon(0, 0, 1, 0, 1, 1, 0, 1), repair)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.reason", containsString("closed")))
                .andExpect(jsonPath("$.detailZh", containsString("没有闭合")))
                .andExpect(jsonPath("$.location.coordinates[0]").value(closeTo(box.west())))
                .andExpect(jsonPath("$.location.coordinates[1]").value(closeTo(box.south())));
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void malformedGeoJsonIsRefusedNamingTheGeometry() throws Exception {
        Box box = land.inPark(PARK, 40);
        long before = buildings();
        postBuilding("{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",1],[2,3],[4,5],[\"a\",1]]]}", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("numbers")));
        postBuilding("{\"type\":\"Polygonal\",\"coordinates\":[]}", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.reason").isNotEmpty());
        postBuilding("{\"type\":\"Point\",\"coordinates\":[" + box.lon(0.5) + "," + box.lat(0.5) + "]}", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("must be a Polygon, not POINT")));
        postBuilding("{\"type\":\"Feature\",\"geometry\":" + box.polygon() + "}", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("not a Feature")));
        postBuilding("\"POLYGON((0 0, 1 0, 1 1, 0 0))\"", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"));
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void anUnknownCrsIsRefusedNamingTheAcceptedOnes() throws Exception {
        Box box = land.inPark(PARK, 40);
        long before = buildings();
        postBuilding(box.polygon(), ",\"crs\": \"EPSG:2436\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("crs"))
                .andExpect(jsonPath("$.detailZh", allOf(containsString("EPSG:2436"), containsString("EPSG:4547"))))
                .andExpect(jsonPath(
                        "$.detailEn",
                        allOf(
                                containsString("EPSG:4326"),
                                containsString("EPSG:4490"),
                                containsString("EPSG:4547"),
                                containsString("EPSG:3857"))));
        postBuilding(box.polygon(), ",\"crs\": 4547")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("crs"));
        postBuilding(withOwnCrs(box.polygon(), 4547), ",\"crs\": \"EPSG:3857\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("crs"))
                .andExpect(jsonPath("$.detailEn", containsString("Conflicting")));
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void gaussKrugerInputIsStoredWherePostgisTransformsIt() throws Exception {
        Box box = land.inPark(PARK, 40);
        String inGk = transformed(box.polygon(), 4547);

        long id = idOf(postBuilding(inGk, ",\"crs\": \"EPSG:4547\"").andExpect(status().isCreated()));

        assertThat(distanceToExpected("building", id, inGk, 4547)).isLessThan(1e-9);
        assertThat(jdbc.queryForObject("SELECT park_code FROM building WHERE id = ?", String.class, id))
                .isEqualTo(PARK);

        // As PostGIS and QGIS write it: the legacy crs member inside the geometry, no crs beside it.
        String ownCrs = withOwnCrs(land.inPark(PARK, 40).polygon(), 4547);
        assertThat(ownCrs).contains("EPSG:4547");
        long second = idOf(postBuilding(ownCrs, "").andExpect(status().isCreated()));
        assertThat(distanceToExpected("building", second, ownCrs, 4547)).isLessThan(1e-9);
    }

    @Test
    void webMercatorInputIsStoredWherePostgisTransformsIt() throws Exception {
        Box box = land.inPark(PARK, 40);
        String inMercator = transformed(box.polygon(), 3857);

        long id = idOf(postParcel(inMercator, ",\"crs\": \"EPSG:3857\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geometry.type").value("MultiPolygon")));

        assertThat(distanceToExpected("parcel", id, inMercator, 3857)).isLessThan(1e-9);
    }

    @Test
    void cgcs2000GeographicInputIsTakenAsWgs84() throws Exception {
        Box box = land.inPark(PARK, 40);
        String polygon = box.polygon();

        long id = idOf(postBuilding(polygon, ",\"crs\": \"EPSG:4490\"").andExpect(status().isCreated()));

        assertThat(jdbc.queryForObject("""
                SELECT ST_HausdorffDistance(geom, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) FROM building WHERE id = ?""", Double.class, polygon, id)).isLessThan(1e-9);
    }

    @Test
    void coordinatesOutsideDongguanAreRefusedWithAHintAboutTheCrs() throws Exception {
        long before = buildings();
        String guangzhou = new Box(113.26, 23.12, 113.261, 23.121).polygon();
        postBuilding(guangzhou, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailZh", allOf(containsString("超出东莞范围"), containsString("113.5–114.3"))))
                .andExpect(jsonPath("$.detailEn", containsString("outside Dongguan")));

        String metresWithoutCrs = transformed(land.inPark(PARK, 40).polygon(), 4547);
        postBuilding(metresWithoutCrs, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("EPSG:4547")));
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void aFootprintOutsideItsParkIsRefusedNamingThePark() throws Exception {
        Box elsewhere = land.inPark("DG-P28", 40);
        long before = buildings();
        postBuilding(elsewhere.polygon(), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailZh", containsString("超出园区 DG-P27")))
                .andExpect(jsonPath("$.detailEn", containsString("outside park DG-P27")))
                .andExpect(jsonPath("$.location.type").value("Point"));
        postParcel(elsewhere.polygon(), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("outside park DG-P27")));
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void aBuildingOutsideTheParksMustLieOutsideEveryParkAndInATown() throws Exception {
        long before = buildings();
        Box inPark = land.inPark(PARK, 40);
        mvc.perform(post("/api/buildings")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(buildingBody(null, inPark.polygon(), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("set parkCode to DG-P27")));

        Box sea = new Box(114.25, 22.62, 114.2505, 22.6205);
        mvc.perform(post("/api/buildings")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(buildingBody(null, sea.polygon(), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("none of Dongguan's towns")));
        assertThat(buildings()).isEqualTo(before);

        Box village = land.inTownOutsideParks("MACHONG", 40);
        mvc.perform(post("/api/buildings")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(buildingBody(null, village.polygon(), "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parkCode").isEmpty())
                .andExpect(jsonPath("$.townCode").value("MACHONG"));
    }

    @Test
    void aFootprintOnAnotherBuildingIsRefusedNamingItWhileTouchingIsFine() throws Exception {
        Box box = land.inPark(PARK, 40);
        long left = idOf(postBuilding(box.part(0, 0, 0.5, 1).polygon(), "").andExpect(status().isCreated()));

        long right = idOf(postBuilding(box.part(0.5, 0, 1, 1).polygon(), "").andExpect(status().isCreated()));

        long before = buildings();
        postBuilding(box.part(0.25, 0.25, 0.4, 0.75).polygon(), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.overlapsBuildingId").value(left))
                .andExpect(jsonPath("$.detailEn", containsString("overlaps building " + left)));
        postBuilding(box.part(0.4, 0.4, 0.6, 0.6).polygon(), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.overlapsBuildingId").value(left));
        assertThat(buildings()).isEqualTo(before);
        assertThat(right).isGreaterThan(left);
    }

    @Test
    void repairMakesARepairableFootprintAcceptableOnlyWhenAskedFor() throws Exception {
        Box box = land.inPark(PARK, 40);
        // A square whose east edge runs out to a spike and back: one polygon once repaired.
        String spiked = box.polygon(0, 0, 0.6, 0, 0.6, 0.6, 0.9, 0.6, 0.6, 0.6, 0.6, 1, 0, 1, 0, 0);
        long before = buildings();

        postBuilding(spiked, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.reason", containsString("Self-intersection")))
                .andExpect(jsonPath("$.location.type").value("Point"));
        assertThat(buildings()).isEqualTo(before);

        long id = idOf(postBuilding(spiked, ",\"repair\": true")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geometry.type").value("Polygon")));
        assertThat(jdbc.queryForObject("SELECT ST_IsValid(geom) FROM building WHERE id = ?", Boolean.class, id))
                .isTrue();
        assertThat(jdbc.queryForObject("""
                SELECT ST_Area(ST_Difference(geom, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)))
                FROM building WHERE id = ?""", Double.class, box.part(0, 0, 0.6, 1).polygon(), id))
                .isLessThan(1e-12);
    }

    @Test
    void aRepairedBowTieIsTwoPolygonsTooManyForABuildingButFineForAParcel() throws Exception {
        Box box = land.inPark(PARK, 60);
        String bowTie = box.polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0);
        long before = buildings();
        postBuilding(bowTie, ",\"repair\": true")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("single polygon, but after repair it has 2 parts")));
        assertThat(buildings()).isEqualTo(before);

        postParcel(bowTie, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"));
        postParcel(bowTie, ",\"repair\": true")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geometry.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.geometry.coordinates.length()").value(2));
    }

    @Test
    void crsAndRepairOnlyGoWithAGeometryAndRepairIsABoolean() throws Exception {
        Box box = land.inPark(PARK, 40);
        long before = buildings();
        postBuilding(box.polygon(), ",\"repair\": \"yes\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("repair"));
        mvc.perform(
                        post("/api/buildings")
                                .with(httpBasic(MANAGER, "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"parkCode\":\"DG-P27\",\"name\":\"无轮廓\",\"type\":\"仓库\",\"floors\":1,\"crs\":\"EPSG:4547\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("crs"));
        mvc.perform(post("/api/buildings")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parkCode\":\"DG-P27\",\"name\":\"无轮廓\",\"type\":\"仓库\",\"floors\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"));
        assertThat(buildings()).isEqualTo(before);
    }

    private ResultActions postBuilding(String geometry, String extra) throws Exception {
        return mvc.perform(post("/api/buildings")
                .with(httpBasic(MANAGER, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(buildingBody(PARK, geometry, extra)));
    }

    private ResultActions postParcel(String geometry, String extra) throws Exception {
        return mvc.perform(post("/api/parcels")
                .with(httpBasic(MANAGER, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parcelNo\":\"" + Inventory.unique("T27-") + "\",\"parkCode\":\"" + PARK
                        + "\",\"planningUse\":\"M1\",\"status\":\"AVAILABLE\",\"geometry\":" + geometry + extra + "}"));
    }

    private static String buildingBody(String park, String geometry, String extra) {
        return "{\"parkCode\":" + (park == null ? "null" : "\"" + park + "\"")
                + ",\"name\":\"几何测试楼\",\"type\":\"标准厂房\",\"floors\":2,\"geometry\":" + geometry + extra + "}";
    }

    /** The GeoJSON transformed to another CRS, with no crs member (option 0). */
    private String transformed(String geoJson, int srid) {
        return jdbc.queryForObject(
                "SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), ?), 6, 0)",
                String.class,
                geoJson,
                srid);
    }

    /** The GeoJSON transformed to another CRS, with the legacy crs member PostGIS writes (option 2). */
    private String withOwnCrs(String geoJson, int srid) {
        return jdbc.queryForObject(
                "SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), ?), 6, 2)",
                String.class,
                geoJson,
                srid);
    }

    /** How far (in degrees) the stored geometry is from PostGIS's own transform of what was sent. */
    private double distanceToExpected(String table, long id, String sent, int srid) {
        return jdbc.queryForObject(
                "SELECT ST_HausdorffDistance(geom, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), ?), 4326)) FROM "
                        + table + " WHERE id = ?",
                Double.class,
                sent,
                srid,
                id);
    }

    private long buildings() {
        return inventory.count("building");
    }

    private static org.hamcrest.Matcher<Double> closeTo(double value) {
        return org.hamcrest.Matchers.closeTo(value, 1e-7);
    }
}
