package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static cn.dongguan.cfk.transfer.Imports.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Buildings, parcels and enterprises by spreadsheet: new features with WKT footprints (in EPSG:4547
 * too), a stored footprint named by a point inside it, the park's exports importing back unchanged.
 * Park DG-P34, on free land of it.
 */
@IntegrationTest
class InventoryImportTest {

    static final String PARK = "DG-P34";
    static final String MANAGER = "manager34";

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

    @Test
    void aFootprintOverlappingAnEarlierRowOfTheFileIsRefusedInThePreviewNamingThatRow() throws Exception {
        Box box = land.inPark(PARK, 40);
        String first = Inventory.unique("文件内重叠A");
        String second = Inventory.unique("文件内重叠B");
        String apart = Inventory.unique("文件内不重叠");
        byte[] file = newBuildings(List.of(
                List.of(PARK, first, "标准厂房", "2", wkt(box.part(0, 0, 0.5, 0.45))),
                List.of(PARK, second, "标准厂房", "2", wkt(box.part(0.3, 0, 0.8, 0.45))),
                List.of(PARK, apart, "标准厂房", "2", wkt(box.part(0, 0.55, 0.5, 1)))));
        JsonNode preview = imports.preview("buildings", MANAGER, "overlap.xlsx", file);
        assertThat(counts(preview))
                .as(preview.toString())
                .isEqualTo(Map.of("new", 2, "changed", 0, "unchanged", 0, "rejected", 1));
        JsonNode error = preview.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("field").asString()).isEqualTo("geometry");
        assertThat(error.get("reasonZh").asString()).contains("第 2 行");
        assertThat(error.get("reasonEn").asString()).contains("row 2");
        JsonNode outline = preview.get("diff")
                .get("items")
                .valueStream()
                .filter(item -> item.get("row").asInt() == 4)
                .flatMap(item -> item.get("changes").valueStream())
                .filter(change -> change.get("field").asString().equals("geometryWkt"))
                .findFirst()
                .orElseThrow();
        assertThat(outline.get("after").asString()).isEqualTo("新Polygon，4 个顶点 · new Polygon, 4 vertices");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM building WHERE name IN (?, ?, ?)", Integer.class, first, second, apart))
                .isZero();
    }

    @Test
    void aFootprintOverlappedSinceThePreviewRefusesTheCommitNamingItsRowAndNothingIsWritten() throws Exception {
        Box box = land.inPark(PARK, 40);
        String kept = Inventory.unique("提交前无冲突");
        String taken = Inventory.unique("提交前被占");
        byte[] file = newBuildings(List.of(
                List.of(PARK, kept, "标准厂房", "2", wkt(box.part(0, 0, 0.4, 0.4))),
                List.of(PARK, taken, "标准厂房", "2", wkt(box.part(0.6, 0.6, 1, 1)))));
        JsonNode preview = imports.preview("buildings", MANAGER, "late.xlsx", file);
        assertThat(counts(preview))
                .as(preview.toString())
                .isEqualTo(Map.of("new", 2, "changed", 0, "unchanged", 0, "rejected", 0));
        Box late = box.part(0.7, 0.7, 0.9, 0.9);
        jdbc.update("""
                INSERT INTO building (park_code, town_code, name, type, floors, floor_area_m2, geom)
                SELECT ?, t.code, ?, '标准厂房', 1, 100, f.g
                FROM (SELECT ST_MakeEnvelope(?, ?, ?, ?, 4326) AS g) f
                JOIN town t ON ST_Intersects(t.geom, ST_PointOnSurface(f.g))
                ORDER BY t.code LIMIT 1""", PARK, Inventory.unique("预览后新建"), late.west(), late.south(), late.east(), late.north());

        JsonNode done = imports.commit(preview.get("id").asLong(), MANAGER, false);

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("failure").asString()).contains("Row 3").contains("nothing was written");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM building WHERE name IN (?, ?)", Integer.class, kept, taken))
                .isZero();
    }

    @Test
    void committedFootprintsAreStoredWithTheirTownAndTheFloorAreaTheirAreaGives() throws Exception {
        Box box = land.inPark(PARK, 30);
        String name = Inventory.unique("批量提交");
        byte[] file = newBuildings(List.of(List.of(PARK, name, "标准厂房", "3", wkt(box))));
        JsonNode job = imports.importAll("buildings", MANAGER, "one.xlsx", file);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT b.town_code, t.code AS expected_town, GeometryType(b.geom) AS type, b.floor_area_m2,
                       3 * ST_Area(b.geom::geography) AS expected_area,
                       ST_HausdorffDistance(b.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) < 1e-8 AS same
                FROM building b JOIN town t ON ST_Intersects(t.geom, ST_PointOnSurface(b.geom))
                WHERE b.name = ?""", box.west(), box.south(), box.east(), box.north(), name);
        assertThat(stored.get("town_code")).isEqualTo(stored.get("expected_town"));
        assertThat(stored.get("type")).isEqualTo("POLYGON");
        assertThat(stored.get("same")).isEqualTo(true);
        assertThat(((Number) stored.get("floor_area_m2")).doubleValue())
                .isCloseTo(
                        ((Number) stored.get("expected_area")).doubleValue(), org.assertj.core.data.Offset.offset(1.0));
    }

    /** A sheet of new buildings: park, name, type, floors and footprint (WKT) a row. */
    private static byte[] newBuildings(List<List<Object>> rows) throws Exception {
        return xlsx(List.of("园区编号 parkCode", "楼栋名称 name", "类型 type", "层数（层） floors", "轮廓 geometryWkt"), rows);
    }

    private static String wkt(Box b) {
        return String.format(
                Locale.ROOT,
                "POLYGON((%.9f %.9f, %.9f %.9f, %.9f %.9f, %.9f %.9f, %.9f %.9f))",
                b.west(),
                b.south(),
                b.east(),
                b.south(),
                b.east(),
                b.north(),
                b.west(),
                b.north(),
                b.west(),
                b.south());
    }

    @Test
    void aNewBuildingTakesItsFootprintFromWktInEpsg4547AndIsThenNamedByAPointInside() throws Exception {
        Box box = land.inPark(PARK, 30);
        String wkt4547 = jdbc.queryForObject(
                "SELECT ST_AsText(ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 4547))",
                String.class,
                box.lon(0.1),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.9));
        String name = Inventory.unique("导入楼栋");
        byte[] file = newBuildings(List.of(List.of(PARK, name, "标准厂房", "4层", wkt4547)));
        JsonNode preview = imports.preview("buildings", MANAGER, "b.xlsx", file, "crs=EPSG:4547");
        assertThat(counts(preview))
                .as(preview.toString())
                .isEqualTo(Map.of("new", 1, "changed", 0, "unchanged", 0, "rejected", 0));
        JsonNode job = imports.commit(preview.get("id").asLong(), MANAGER, false);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        Map<String, Object> b = jdbc.queryForMap(
                "SELECT id, floors, floor_area_m2, town_code, ST_Area(geom::geography) AS area FROM building WHERE name = ?",
                name);
        assertThat(b.get("floors")).isEqualTo(4);
        assertThat(((Number) b.get("floor_area_m2")).doubleValue())
                .isCloseTo(((Number) b.get("area")).doubleValue() * 4, org.assertj.core.data.Offset.offset(0.05));
        assertThat(b.get("town_code")).isNotNull();

        String renamed = Inventory.unique("改名楼栋");
        byte[] byPoint = xlsx(
                List.of("经度 lon", "纬度 lat", "楼栋名称 name", "结构 structure"),
                List.of(List.of(box.lon(0.5), box.lat(0.5), renamed, "钢结构")));
        JsonNode update = imports.importAll("buildings", MANAGER, "p.xlsx", byPoint);
        assertThat(counts(update)).isEqualTo(Map.of("new", 0, "changed", 1, "unchanged", 0, "rejected", 0));
        assertThat(jdbc.queryForObject(
                        "SELECT name || '/' || structure FROM building WHERE id = ?", String.class, b.get("id")))
                .isEqualTo(renamed + "/钢结构");
    }

    @Test
    void theParkSExportsOfBuildingsAndParcelsImportBackUnchanged() throws Exception {
        inventory.building(PARK);
        inventory.parcel(PARK, Inventory.unique("RT-"));
        for (String layer : List.of("buildings", "parcels")) {
            for (String format : List.of("xlsx", "csv")) {
                byte[] export = imports.export("/api/exports/" + layer + "." + format + "?park=" + PARK, MANAGER);
                int rows = jdbc.queryForObject(
                        "SELECT count(*) FROM " + layer.substring(0, layer.length() - 1) + " WHERE park_code = ?",
                        Integer.class,
                        PARK);
                JsonNode job = imports.preview(layer, MANAGER, "export." + format, export);
                assertThat(job.get("errors"))
                        .as(layer + " " + format + " " + job)
                        .isEmpty();
                assertThat(counts(job))
                        .as(layer + " " + format + " " + job.get("diff"))
                        .isEqualTo(Map.of("new", 0, "changed", 0, "unchanged", rows, "rejected", 0));
            }
        }
    }

    @Test
    void aParcelIsAddedAndChangedByItsNumber() throws Exception {
        Box box = land.inPark(PARK, 60);
        String no = Inventory.unique("IMP-");
        String wkt = String.format(
                Locale.ROOT,
                "POLYGON((%.9f %.9f,%.9f %.9f,%.9f %.9f,%.9f %.9f,%.9f %.9f))",
                box.lon(0.1),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.9),
                box.lon(0.1),
                box.lat(0.9),
                box.lon(0.1),
                box.lat(0.1));
        List<String> header = List.of("宗地编号", "园区编号", "规划用途", "供应状态", "容积率下限", "容积率上限", "几何（WKT）");
        JsonNode added = imports.importAll(
                "parcels", MANAGER, "l.xlsx", xlsx(header, List.of(List.of(no, PARK, "M1", "可供应", 1.2, 2.5, wkt))));
        assertThat(counts(added))
                .as(added.toString())
                .isEqualTo(Map.of("new", 1, "changed", 0, "unchanged", 0, "rejected", 0));
        assertThat(jdbc.queryForObject(
                        "SELECT status || ' ' || planning_use FROM parcel WHERE parcel_no = ?", String.class, no))
                .isEqualTo("AVAILABLE M1");

        JsonNode changed = imports.importAll(
                "parcels",
                MANAGER,
                "l.xlsx",
                xlsx(List.of("宗地编号 parcelNo", "供应状态 status"), List.of(List.of(no, "SUPPLIED"))));
        assertThat(counts(changed)).isEqualTo(Map.of("new", 0, "changed", 1, "unchanged", 0, "rejected", 0));
        assertThat(jdbc.queryForObject("SELECT status FROM parcel WHERE parcel_no = ?", String.class, no))
                .isEqualTo("SUPPLIED");
    }

    @Test
    void aParcelsStandardLandIndicatorsAreImportedExportedAndChecked() throws Exception {
        Box box = land.inPark(PARK, 60);
        String no = Inventory.unique("SLI-");
        String wkt = String.format(
                Locale.ROOT,
                "POLYGON((%.9f %.9f,%.9f %.9f,%.9f %.9f,%.9f %.9f,%.9f %.9f))",
                box.lon(0.1),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.9),
                box.lon(0.1),
                box.lat(0.9),
                box.lon(0.1),
                box.lat(0.1));
        List<String> header = List.of(
                "宗地编号", "园区编号", "规划用途", "供应状态", "标准地·投资强度下限", "标准地·亩均税收下限", "标准地·亩均产值下限", "标准地·单位产值能耗上限", "几何（WKT）");
        JsonNode added = imports.importAll(
                "parcels",
                MANAGER,
                "l.xlsx",
                xlsx(header, List.of(List.of(no, PARK, "M1", "可供应", 320, 25, 650, 0.05, wkt))));
        assertThat(counts(added)).as(added.toString()).containsEntry("new", 1);
        assertThat(jdbc.queryForObject("""
                        SELECT min_investment_wan_yuan_mu || ' ' || min_tax_wan_yuan_mu || ' ' || min_output_wan_yuan_mu
                               || ' ' || max_energy_tce_wan_yuan FROM parcel WHERE parcel_no = ?""", String.class, no)).isEqualTo("320.00 25.00 650.00 0.0500");

        JsonNode bad = imports.preview(
                "parcels",
                MANAGER,
                "l.xlsx",
                xlsx(List.of("宗地编号 parcelNo", "minTaxWanYuanMu"), List.of(List.of(no, -3))));
        assertThat(Imports.errorFields(bad)).containsExactly("minTaxWanYuanMu");
        JsonNode changed = imports.importAll(
                "parcels",
                MANAGER,
                "l.xlsx",
                xlsx(List.of("宗地编号 parcelNo", "minTaxWanYuanMu"), List.of(List.of(no, 30))));
        assertThat(counts(changed)).containsEntry("changed", 1);
        assertThat(jdbc.queryForObject(
                        "SELECT min_tax_wan_yuan_mu || ' ' || min_investment_wan_yuan_mu FROM parcel WHERE parcel_no = ?",
                        String.class,
                        no))
                .isEqualTo("30.00 320.00");
    }
}
