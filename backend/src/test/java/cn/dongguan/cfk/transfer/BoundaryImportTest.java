package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Towns and parks with their boundaries (administrators only): the town boundaries replaced from a
 * GeoPackage in EPSG:4547, the dependants kept consistent or the commit refused, exports importing
 * back unchanged, a park boundary that would leave out its buildings refused. Park DG-P09.
 */
@IntegrationTest
class BoundaryImportTest {

    static final String PARK = "DG-P09";

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

    private String townOfPark() {
        long building = inventory.building(PARK);
        return jdbc.queryForObject("SELECT town_code FROM building WHERE id = ?", String.class, building);
    }

    @Test
    void anAdminReplacesATownBoundaryFromAGeoPackageInEpsg4547AndTheDependantsStayConsistent() throws Exception {
        String town = townOfPark();
        String feature = jdbc.queryForObject("""
                SELECT json_build_object('code', code, 'name', name, 'nameEn', name_en)::text || '|'
                       || ST_AsGeoJSON(ST_Transform(geom, 4547), 4)
                FROM town WHERE code = ?""", String.class, town);
        String[] parts = feature.split("\\|", 2);
        byte[] gpkg = GisFiles.gpkg(GisFiles.geojson("urn:ogc:def:crs:EPSG::4547", List.<String[]>of(parts)));
        long buildingsBefore =
                jdbc.queryForObject("SELECT count(*) FROM building WHERE town_code = ?", Long.class, town);

        JsonNode preview = imports.preview("towns", "admin", "towns.gpkg", gpkg);
        assertThat(preview.get("crs").asString()).isEqualTo("EPSG:4547");
        assertThat(counts(preview))
                .as(preview.toString())
                .containsEntry("changed", 1)
                .containsEntry("rejected", 0);
        JsonNode job = imports.commit(preview.get("id").asLong(), "admin", false);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");

        // the boundary is the one in the file, back in WGS84 within 0.1 mm
        double drift = jdbc.queryForObject("""
                SELECT ST_HausdorffDistance(ST_Transform(geom, 4547), ST_GeomFromGeoJSON(?)) FROM town WHERE code = ?""", Double.class, parts[1], town);
        assertThat(drift).isLessThan(0.001);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM building WHERE town_code = ?", Long.class, town))
                .isEqualTo(buildingsBefore);
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM building b
                        WHERE NOT EXISTS (SELECT 1 FROM town t WHERE t.code = b.town_code
                                          AND ST_Intersects(t.geom, ST_PointOnSurface(b.geom)))""", Long.class)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM park_town WHERE park_code = ? AND town_code = ?", Long.class, PARK, town))
                .isEqualTo(1);

        byte[] export = imports.export("/api/exports/towns.geojson", "admin");
        JsonNode again = imports.preview("towns", "admin", "towns.geojson", export);
        assertThat(counts(again))
                .as(again.toString())
                .containsEntry("changed", 0)
                .containsEntry("new", 0);
        assertThat(counts(again).get("unchanged")).isPositive();
    }

    @Test
    void aTownBoundaryThatWouldLeaveBuildingsInNoTownIsRefusedAndNothingIsWritten() throws Exception {
        String town = townOfPark();
        Box box = land.inTownOutsideParks(town, 200);
        String before = jdbc.queryForObject("SELECT ST_AsText(geom) FROM town WHERE code = ?", String.class, town);
        byte[] file = GisFiles.geojson(
                        null, List.<String[]>of(new String[] {"{\"code\":\"" + town + "\"}", box.polygon()}))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode preview = imports.preview("towns", "admin", "small.geojson", file);
        assertThat(counts(preview)).as(preview.toString()).containsEntry("changed", 1);
        JsonNode job = imports.commit(preview.get("id").asLong(), "admin", false);
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString()).contains("镇街").contains("lie in no town");
        assertThat(jdbc.queryForObject("SELECT ST_AsText(geom) FROM town WHERE code = ?", String.class, town))
                .isEqualTo(before);
    }

    @Test
    void parksExportAndImportBackUnchangedAndABoundaryLeavingOutItsBuildingsIsARowError() throws Exception {
        inventory.building(PARK);
        byte[] export = imports.export("/api/exports/parks.gpkg", "admin");
        JsonNode again = imports.preview("parks", "admin", "parks.gpkg", export);
        assertThat(counts(again))
                .as(again.toString())
                .containsEntry("changed", 0)
                .containsEntry("new", 0);
        assertThat(counts(again).get("unchanged")).isGreaterThanOrEqualTo(35);

        Box box = land.inPark(PARK, 50);
        byte[] shrunk = GisFiles.geojson(null, List.<String[]>of(new String[] {
                    "{\"code\":\"" + PARK + "\",\"managingBody\":\"" + Inventory.unique("管委会") + "\"}", box.polygon()
                }))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode job = imports.preview("parks", "admin", "shrunk.geojson", shrunk);
        assertThat(counts(job)).as(job.toString()).containsEntry("rejected", 1);
        JsonNode error = job.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("geometry");
        assertThat(error.get("reasonZh").asString()).contains("未包含").contains("楼栋");
        assertThat(error.get("reasonEn").asString()).contains("leaves out building");
    }

    @Test
    void aParkManagersFieldsChangeByAdminImportAndManagersMayNotImportParksOrTowns() throws Exception {
        String body = Inventory.unique("管理机构");
        byte[] file = GisFiles.geojson(null, List.<String[]>of(new String[] {
                    "{\"code\":\"" + PARK + "\",\"managingBody\":\"" + body + "\",\"industries\":\"NEW_ENERGY\"}",
                    "null"
                }))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.upload("parks", "manager09", "p.geojson", file).getStatus())
                .isEqualTo(403);
        assertThat(imports.upload("towns", "manager09", "t.geojson", file).getStatus())
                .isEqualTo(403);
        JsonNode job = imports.importAll("parks", "admin", "p.geojson", file);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        assertThat(jdbc.queryForObject("SELECT managing_body FROM park WHERE code = ?", String.class, PARK))
                .isEqualTo(body);
        assertThat(jdbc.queryForList("SELECT industry_code FROM park_industry WHERE park_code = ?", String.class, PARK))
                .containsExactly("NEW_ENERGY");
    }
}
