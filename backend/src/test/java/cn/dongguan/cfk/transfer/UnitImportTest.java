package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static cn.dongguan.cfk.transfer.Imports.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A park manager's monthly sheet of units: preview (counts and diff), commit, occupancy events with
 * source IMPORT, re-import changing nothing, round trips of the park's export. Park DG-P33, on units
 * of buildings each test makes.
 */
@IntegrationTest
class UnitImportTest {

    static final String PARK = "DG-P33";
    static final String MANAGER = "manager33";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    Imports imports;
    long building;
    long first;
    long second;

    @BeforeEach
    void fixtures() {
        imports = new Imports(mvc);
        building = inventory.building(PARK, 3, 2400);
        first = inventory.unit(building, "VACANT");
        second = inventory.unit(building, "OCCUPIED");
    }

    @Test
    void aChangedRentIsPreviewedThenCommittedAsAnOccupancyEventOfTheImport() throws Exception {
        byte[] file = xlsx(
                List.of("楼栋编号 buildingId", "起始楼层", "同层序号 position", "租金（元/m²·月） rentYuanM2Month"),
                List.of(List.of(building, 1, 1, "25.5元/㎡/月"), List.of(building, 1, 2, 20)));
        long version = inventory.unitVersion(first);

        JsonNode preview = imports.preview("units", MANAGER, "月报.xlsx", file);
        assertThat(preview.get("status").asString()).as(preview.toString()).isEqualTo("PREVIEW");
        assertThat(counts(preview)).isEqualTo(Map.of("new", 0, "changed", 1, "unchanged", 1, "rejected", 0));
        JsonNode diff = preview.get("diff").get("items");
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).get("id").asLong()).isEqualTo(first);
        assertThat(diff.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(diff.get(0).get("changes").get(0).get("field").asString()).isEqualTo("rentYuanM2Month");
        assertThat(diff.get(0).get("changes").get(0).get("before").decimalValue())
                .isEqualByComparingTo("20");
        assertThat(diff.get(0).get("changes").get(0).get("after").decimalValue())
                .isEqualByComparingTo("25.5");
        assertThat(inventory.unitRow(first).get("rent_yuan_m2_month").toString())
                .isEqualTo("20.00");

        JsonNode done = imports.commit(preview.get("id").asLong(), MANAGER, false);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMMITTED");
        assertThat(done.get("committedBy").asString()).isEqualTo(MANAGER);
        assertThat(inventory.unitRow(first).get("rent_yuan_m2_month").toString())
                .isEqualTo("25.50");
        assertThat(inventory.unitVersion(first)).isEqualTo(version + 1);
        assertThat(inventory.events(second)).isZero();

        String history = mvc.perform(get("/api/units/{id}/history", first).with(httpBasic(MANAGER, "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode event = Imports.JSON.readTree(history).get(0);
        assertThat(event.get("source").asString()).isEqualTo("IMPORT");
        assertThat(event.get("actor").asString()).isEqualTo(MANAGER);
        assertThat(event.get("before").get("rentYuanM2Month").decimalValue()).isEqualByComparingTo("20");
        assertThat(event.get("after").get("rentYuanM2Month").decimalValue()).isEqualByComparingTo("25.5");
        assertThat(event.get("after").propertyNames())
                .containsExactlyInAnyOrder(
                        "status", "vacantAreaM2", "rentYuanM2Month", "availableFrom", "occupantEnterpriseId");

        JsonNode again = imports.preview("units", MANAGER, "月报.xlsx", file);
        assertThat(counts(again)).isEqualTo(Map.of("new", 0, "changed", 0, "unchanged", 2, "rejected", 0));
    }

    @Test
    void aStatusChangeAloneBringsItsVacancyAndANewUnitIsAdded() throws Exception {
        byte[] file = xlsx(
                List.of("id", "status", "buildingId", "floorFrom", "floorTo", "position", "areaM2"),
                List.of(
                        List.of(first, "已占用", building, 1, 1, 1, 500),
                        List.of("", "VACANT", building, 2, 3, "", "１,２００㎡")));

        JsonNode job = imports.importAll("units", MANAGER, "units.xlsx", file);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMMITTED");
        assertThat(counts(job)).isEqualTo(Map.of("new", 1, "changed", 1, "unchanged", 0, "rejected", 0));
        assertThat(inventory.unitRow(first).get("status")).isEqualTo("OCCUPIED");
        assertThat(inventory.unitRow(first).get("vacant_area_m2").toString()).isEqualTo("0.00");
        Map<String, Object> added = jdbc.queryForMap("""
                SELECT id, area_m2, vacant_area_m2, floor_to FROM space_unit WHERE building_id = ? AND floor_from = 2""", building);
        assertThat(added.get("area_m2").toString()).isEqualTo("1200.00");
        assertThat(added.get("vacant_area_m2").toString()).isEqualTo("1200.00");
        assertThat(added.get("floor_to")).isEqualTo(3);
        long id = ((Number) added.get("id")).longValue();
        assertThat(jdbc.queryForObject(
                        "SELECT source || ':' || (before IS NULL) FROM occupancy_event WHERE unit_id = ?",
                        String.class,
                        id))
                .isEqualTo("IMPORT:true");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM space_listing WHERE unit_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    /** Rows are read, staged and checked in batches of {@link ImportRunner#BATCH}, the writes beside the reading. */
    @Test
    void aFileOfSeveralBatchesIsCheckedAsAWholeWithEachErrorAtItsRow() throws Exception {
        int units = 2 * ImportRunner.BATCH + 2000;
        List<String> lines = new java.util.ArrayList<>();
        lines.add("buildingId,floorFrom,floorTo,position,areaM2,status");
        for (int position = 1; position <= units; position++) {
            String area = position == ImportRunner.BATCH + 1000 ? "-5" : "10";
            lines.add(building + ",2,2," + position + "," + area + ",VACANT");
        }
        lines.add(building + ",2,2,1,10,VACANT");
        int negativeRow = ImportRunner.BATCH + 1000 + 1;
        int duplicateRow = units + 2;

        JsonNode preview = imports.preview(
                "units", MANAGER, "units.csv", Imports.csv(StandardCharsets.UTF_8, lines.toArray(String[]::new)));

        assertThat(preview.get("status").asString()).as(preview.toString()).isEqualTo("PREVIEW");
        assertThat(counts(preview)).isEqualTo(Map.of("new", units - 1, "changed", 0, "unchanged", 0, "rejected", 2));
        JsonNode errors = preview.get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(negativeRow);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("areaM2");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(duplicateRow);
        assertThat(errors.get(1).get("reasonEn").asString()).contains("row 2 ");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM space_unit WHERE building_id = ?", Integer.class, building))
                .isEqualTo(2);
    }

    @Test
    void thePark_sExportImportsBackUnchangedAsXlsxAndCsv() throws Exception {
        for (String format : List.of("xlsx", "csv")) {
            byte[] export = imports.export("/api/exports/units." + format + "?park=" + PARK, MANAGER);
            int units = jdbc.queryForObject("""
                    SELECT count(*) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = ?""", Integer.class, PARK);
            JsonNode job = imports.preview("units", MANAGER, "export." + format, export);
            assertThat(job.get("status").asString()).as(format + " " + job).isEqualTo("PREVIEW");
            assertThat(job.get("errors")).as(format).isEmpty();
            assertThat(counts(job))
                    .as(format)
                    .isEqualTo(Map.of("new", 0, "changed", 0, "unchanged", units, "rejected", 0));
        }
    }
}
