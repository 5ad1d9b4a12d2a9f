package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static cn.dongguan.cfk.transfer.Imports.csv;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.nio.charset.StandardCharsets;
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
 * Imports under issue 12's limits: a footprint of more vertices than the limit is refused in its row,
 * a long cell is never echoed whole in the row's error, and a committed import is in the audit with
 * its user — the job (started, checked, committed) and every row it wrote. Park DG-P04.
 */
@IntegrationTest
class ImportLimitsAndAuditTest {

    static final String PARK = "DG-P04";
    static final String MANAGER = "manager04";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FreeLand land;

    Imports imports;

    @BeforeEach
    void client() {
        imports = new Imports(mvc);
    }

    /** A WKT polygon of {@code vertices} positions (the closing one included) round the middle of the box. */
    private static String circle(Box box, int vertices) {
        StringBuilder wkt = new StringBuilder("POLYGON((");
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * (i % (vertices - 1)) / (vertices - 1);
            wkt.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT,
                            "%.9f %.9f",
                            box.lon(0.5 + 0.45 * Math.cos(angle)),
                            box.lat(0.5 + 0.45 * Math.sin(angle))));
        }
        return wkt.append("))").toString();
    }

    @Test
    void aFootprintOverTheVertexLimitIsRefusedInItsRowAndALongCellIsNotEchoedWhole() throws Exception {
        Box box = land.inPark(PARK, 60);
        String tooMany = Inventory.unique("顶点过多导入");
        String longFloors = "9".repeat(3000) + "层";
        JsonNode job = imports.preview(
                "buildings",
                MANAGER,
                "b.csv",
                csv(
                        StandardCharsets.UTF_8,
                        "parkCode,name,type,floors,geometryWkt",
                        PARK + "," + tooMany + ",标准厂房,2,\"" + circle(box.part(0, 0, 0.5, 1), 5001) + "\"",
                        PARK + "," + Inventory.unique("长单元格") + ",标准厂房," + longFloors + ",\""
                                + circle(box.part(0.5, 0, 1, 1), 5) + "\""));
        assertThat(counts(job).get("rejected")).as(job.toString()).isEqualTo(2);
        JsonNode vertices = error(job, 2);
        assertThat(vertices.get("field").asString()).isEqualTo("geometryWkt");
        assertThat(vertices.get("reasonEn").asString()).contains("5001").contains("at most 5000");
        JsonNode floors = error(job, 3);
        assertThat(floors.get("field").asString()).isEqualTo("floors");
        assertThat(floors.get("value").asString()).hasSizeLessThanOrEqualTo(101).startsWith("999");
        assertThat(floors.get("reasonZh").asString() + floors.get("reasonEn").asString())
                .doesNotContain("9".repeat(101));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM building WHERE name = ?", Integer.class, tooMany))
                .isZero();
    }

    @Test
    void aGisFileFeatureOverTheVertexLimitIsRefusedInItsRowBeforeItsGeometryIsStaged() throws Exception {
        Box box = land.inPark(PARK, 60);
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < 5001; i++) {
            double angle = 2 * Math.PI * (i % 5000) / 5000;
            ring.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT,
                            "[%.9f,%.9f]",
                            box.lon(0.5 + 0.45 * Math.cos(angle)),
                            box.lat(0.5 + 0.45 * Math.sin(angle))));
        }
        String name = Inventory.unique("顶点过多GIS");
        String properties = "{\"parkCode\":\"" + PARK + "\",\"name\":\"" + name + "\",\"type\":\"标准厂房\",\"floors\":1}";
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
        byte[] file = GisFiles.geojson(null, List.<String[]>of(new String[] {properties, polygon}))
                .getBytes(StandardCharsets.UTF_8);
        JsonNode job = imports.preview("buildings", MANAGER, "huge.geojson", file);
        assertThat(counts(job).get("rejected")).as(job.toString()).isEqualTo(1);
        JsonNode error = error(job, 1);
        assertThat(error.get("field").asString()).isEqualTo("geometryWkt");
        assertThat(error.get("reasonEn").asString()).contains("5001").contains("at most 5000");
        assertThat(error.get("reasonZh").asString()).contains("顶点过多");
        assertThat(jdbc.queryForObject(
                        "SELECT given -> 'geometry' IS NOT NULL FROM import_row WHERE job_id = ? AND row_no = 1",
                        Boolean.class,
                        job.get("id").asLong()))
                .as("the refused geometry is not staged")
                .isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM building WHERE name = ?", Integer.class, name))
                .isZero();
    }

    private static JsonNode error(JsonNode job, int row) {
        return job.get("errors")
                .valueStream()
                .filter(e -> e.get("row").asInt() == row)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error in row " + row + ": " + job));
    }

    @Test
    void aCommittedImportIsAuditedWithItsUserForTheJobAndEveryRowItWrote() throws Exception {
        long since = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
        Box box = land.inPark(PARK, 60);
        String first = Inventory.unique("审计导入A");
        String second = Inventory.unique("审计导入B");
        JsonNode job = imports.importAll(
                "buildings",
                MANAGER,
                "audit.csv",
                csv(
                        StandardCharsets.UTF_8,
                        "parkCode,name,type,floors,geometryWkt",
                        PARK + "," + first + ",标准厂房,2,\"" + circle(box.part(0, 0, 0.45, 1), 5) + "\"",
                        PARK + "," + second + ",标准厂房,3,\"" + circle(box.part(0.55, 0, 1, 1), 5) + "\""));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        String id = job.get("id").asString();

        List<Map<String, Object>> jobEvents = jdbc.queryForList("""
                SELECT actor, action, after ->> 'status' AS status FROM audit_event
                WHERE id > ? AND entity = 'import_job' AND entity_id = ? ORDER BY id""", since, id);
        assertThat(jobEvents)
                .extracting(e -> e.get("action") + " " + e.get("status") + " by " + e.get("actor"))
                .containsExactly(
                        "INSERT VALIDATING by " + MANAGER,
                        "UPDATE PREVIEW by " + MANAGER,
                        "UPDATE COMMITTING by " + MANAGER,
                        "UPDATE COMMITTED by " + MANAGER);

        List<Long> written = jdbc.queryForList(
                "SELECT id FROM building WHERE name IN (?, ?) ORDER BY id", Long.class, first, second);
        assertThat(written).hasSize(2);
        for (long building : written) {
            assertThat(jdbc.queryForList("""
                            SELECT actor FROM audit_event
                            WHERE id > ? AND entity = 'building' AND entity_id = ? AND action = 'INSERT'""", String.class, since, Long.toString(building)))
                    .as("the audit of building " + building)
                    .containsExactly(MANAGER);
        }
    }
}
