package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * GIS files (GeoJSON, GeoPackage, zipped Shapefile) in and out for buildings, parcels and units:
 * CRS from the file or chosen, bad geometry with reason and location, GBK attributes, and exports
 * importing back unchanged. Park DG-P08, on free land of it.
 */
@IntegrationTest
class GisImportTest {

    static final String PARK = "DG-P08";
    static final String MANAGER = "manager08";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    Imports imports;

    @BeforeEach
    void client() {
        imports = new Imports(mvc);
    }

    /** A building's properties and its footprint in EPSG:4547, as GeoJSON, on a free square of the park. */
    private String[] building4547(String name) {
        Box box = land.inPark(PARK, 30);
        String geometry = jdbc.queryForObject(
                "SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 4547), 3)",
                String.class,
                box.lon(0.1),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.9));
        String properties = "{\"parkCode\":\"" + PARK + "\",\"name\":\"" + name + "\",\"type\":\"标准厂房\",\"floors\":2}";
        return new String[] {properties, geometry};
    }

    @Test
    void aGeoJsonInEpsg4547ByItsCrsMemberAddsABuildingAndItsExportImportsBackUnchanged() throws Exception {
        String name = Inventory.unique("GeoJSON楼栋");
        String file = GisFiles.geojson("urn:ogc:def:crs:EPSG::4547", List.<String[]>of(building4547(name)));
        JsonNode job = imports.importAll("buildings", MANAGER, "b.geojson", file.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        assertThat(job.get("crs").asString()).isEqualTo("EPSG:4547");
        assertThat(jdbc.queryForObject("SELECT town_code FROM building WHERE name = ?", String.class, name))
                .isNotNull();

        byte[] export = imports.export("/api/exports/buildings.geojson?park=" + PARK, MANAGER);
        JsonNode collection = Imports.JSON.readTree(export);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode feature = collection
                .get("features")
                .valueStream()
                .filter(f -> f.path("properties").path("name").asString("").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Polygon");
        double lon = feature.path("geometry")
                .path("coordinates")
                .get(0)
                .get(0)
                .get(0)
                .asDouble();
        assertThat(lon).isBetween(113.0, 115.0);

        JsonNode again = imports.preview("buildings", MANAGER, "again.geojson", export);
        assertThat(counts(again)).as(again.toString()).containsEntry("new", 0).containsEntry("changed", 0);
        assertThat(counts(again).get("unchanged")).isPositive();
    }

    @Test
    void aGeoPackageExportOfBuildingsAndParcelsImportsBackUnchanged() throws Exception {
        inventory.building(PARK);
        inventory.parcel(PARK, Inventory.unique("GPKG-"));
        for (String layer : List.of("buildings", "parcels")) {
            byte[] gpkg = imports.export("/api/exports/" + layer + ".gpkg?park=" + PARK, MANAGER);
            assertThat(new String(gpkg, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
            JsonNode job = imports.preview(layer, MANAGER, layer + ".gpkg", gpkg);
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("PREVIEW");
            assertThat(job.get("crs").asString()).isEqualTo("EPSG:4326");
            assertThat(counts(job)).as(job.toString()).containsEntry("new", 0).containsEntry("changed", 0);
            assertThat(counts(job).get("unchanged")).isPositive();
        }
    }

    @Test
    void aShapefileExportImportsBackUnchangedAndAGbkShapefileWithoutCpgReadsItsChinese() throws Exception {
        inventory.building(PARK);
        byte[] zip = imports.export("/api/exports/buildings.shp.zip?park=" + PARK, MANAGER);
        assertThat(GisFiles.unzip(zip).keySet())
                .contains("buildings.shp", "buildings.shx", "buildings.dbf", "buildings.prj", "buildings.cpg");
        JsonNode job = imports.preview("buildings", MANAGER, "buildings.zip", zip);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("PREVIEW");
        assertThat(counts(job)).as(job.toString()).containsEntry("new", 0).containsEntry("changed", 0);
        assertThat(counts(job).get("unchanged")).isPositive();

        String name = Inventory.unique("国标楼栋");
        byte[] gbk = GisFiles.shapefile(
                GisFiles.geojson("urn:ogc:def:crs:EPSG::4547", List.<String[]>of(building4547(name))), "GBK", ".cpg");
        JsonNode added = imports.importAll("buildings", MANAGER, "gbk.zip", gbk);
        assertThat(added.get("status").asString()).as(added.toString()).isEqualTo("COMMITTED");
        assertThat(added.get("encoding").asString()).isEqualTo("GB18030");
        assertThat(added.get("crs").asString()).isEqualTo("EPSG:4547");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM building WHERE name = ?", Integer.class, name))
                .isEqualTo(1);
    }

    @Test
    void aShapefileWithoutPrjIsReadAsWgs84UnlessTheCrsIsChosen() throws Exception {
        String name = Inventory.unique("无prj楼栋");
        byte[] zip = GisFiles.shapefile(
                GisFiles.geojson("urn:ogc:def:crs:EPSG::4547", List.<String[]>of(building4547(name))), "UTF-8", ".prj");
        JsonNode withoutCrs = imports.preview("buildings", MANAGER, "noprj.zip", zip);
        assertThat(withoutCrs.get("status").asString()).isEqualTo("PREVIEW");
        JsonNode error = withoutCrs.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("geometry");
        assertThat(error.get("reasonZh").asString()).contains("超出东莞范围").contains("EPSG:4547");
        assertThat(error.get("reasonEn").asString()).contains("outside Dongguan");

        JsonNode withCrs = imports.preview("buildings", MANAGER, "noprj.zip", zip, "crs=EPSG:4547");
        assertThat(counts(withCrs))
                .as(withCrs.toString())
                .containsEntry("new", 1)
                .containsEntry("rejected", 0);
    }

    @Test
    void aCrsOutsideSpec4OrOneThatContradictsTheChoiceRejectsTheFile() throws Exception {
        String[] feature = building4547(Inventory.unique("坐标系"));
        byte[] utm = GisFiles.geojson("urn:ogc:def:crs:EPSG::32650", List.<String[]>of(feature))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode unsupported = imports.preview("buildings", MANAGER, "utm.geojson", utm);
        assertThat(unsupported.get("status").asString()).isEqualTo("REJECTED");
        assertThat(unsupported.get("errors").get(0).get("reasonEn").asString())
                .contains("not supported")
                .contains("32650");

        byte[] gk = GisFiles.geojson("urn:ogc:def:crs:EPSG::4547", List.<String[]>of(feature))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode contradicting = imports.preview("buildings", MANAGER, "gk.geojson", gk, "crs=EPSG:3857");
        assertThat(contradicting.get("status").asString()).isEqualTo("REJECTED");
        assertThat(contradicting.get("errors").get(0).get("reasonZh").asString())
                .contains("EPSG:4547")
                .contains("EPSG:3857");
    }

    @Test
    void anInvalidFootprintIsARowErrorWithPostgisReasonAndLocation() throws Exception {
        Box box = land.inPark(PARK, 30);
        // a bow tie: the ring crosses itself in the square's middle
        String bowTie = box.polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0);
        String properties = "{\"parkCode\":\"" + PARK + "\",\"name\":\"" + Inventory.unique("蝴蝶")
                + "\",\"type\":\"标准厂房\",\"floors\":1}";
        byte[] file = GisFiles.geojson(null, List.<String[]>of(new String[] {properties, bowTie}))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode job = imports.preview("buildings", MANAGER, "bad.geojson", file);
        assertThat(counts(job)).containsEntry("rejected", 1);
        JsonNode error = job.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(1);
        assertThat(error.get("field").asString()).isEqualTo("geometry");
        assertThat(error.get("reasonEn").asString())
                .contains("Self-intersection")
                .contains(" at ");
        assertThat(error.get("reasonZh").asString()).contains("几何无效").contains("位置");
    }

    @Test
    void unitsGoOutAsPointsOfTheirBuildingAndComeBackUnchangedFromGeoJsonAndGpkg() throws Exception {
        long building = inventory.building(PARK);
        inventory.unit(building, "VACANT");
        for (String format : List.of("geojson", "gpkg")) {
            byte[] export = imports.export("/api/exports/units." + format + "?park=" + PARK, MANAGER);
            JsonNode job = imports.preview("units", MANAGER, "units." + format, export);
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("PREVIEW");
            assertThat(counts(job)).as(job.toString()).containsEntry("new", 0).containsEntry("changed", 0);
            assertThat(counts(job).get("unchanged")).isPositive();
        }
        JsonNode collection = Imports.JSON.readTree(imports.export("/api/exports/units.geojson?park=" + PARK, MANAGER));
        assertThat(collection
                        .get("features")
                        .get(0)
                        .path("geometry")
                        .path("type")
                        .asString())
                .isEqualTo("Point");
    }

    @Test
    void everyLayerExportsAsGeoJsonAndGpkgAndPrivacyHoldsInThem() throws Exception {
        for (String layer : List.of("towns", "parks", "buildings", "units", "parcels", "enterprises", "spaces")) {
            for (String format : List.of("geojson", "gpkg")) {
                MockHttpServletResponse r = mvc.perform(
                                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/api/exports/" + layer + "." + format))
                        .andReturn()
                        .getResponse();
                assertThat(r.getStatus()).as(layer + "." + format).isEqualTo(HttpStatus.OK.value());
                assertThat(r.getContentType())
                        .isEqualTo(
                                format.equals("geojson") ? "application/geo+json" : "application/geopackage+sqlite3");
            }
        }
        String anonymous = new String(imports.export("/api/exports/parks.geojson", null), StandardCharsets.UTF_8);
        assertThat(anonymous).doesNotContain("contactPhone").contains("MultiPolygon");
        String admin = new String(imports.export("/api/exports/parks.geojson", "admin"), StandardCharsets.UTF_8);
        assertThat(admin).contains("contactPhone");
    }

    @Test
    void withoutOgr2ogrAShapefileIsA415NamingWhatIsMissing() {
        Ogr2ogr missing = new Ogr2ogr("/nonexistent/bin/ogr2ogr");
        assertThatThrownBy(missing::require)
                .isInstanceOf(GisToolMissingException.class)
                .hasMessageContaining("/nonexistent/bin/ogr2ogr")
                .hasMessageContaining("gdal-bin");
        GisToolMissingException e = new GisToolMissingException("/nonexistent/bin/ogr2ogr", "not found");
        var problem = new TransferProblems().toolMissing(e);
        assertThat(problem.getStatus()).isEqualTo(415);
        assertThat(problem.getDetail()).contains("ogr2ogr");
        assertThat(Map.of("zh", e.zh))
                .extractingByKey("zh")
                .asString()
                .contains("ogr2ogr")
                .contains("gdal-bin");
    }
}
