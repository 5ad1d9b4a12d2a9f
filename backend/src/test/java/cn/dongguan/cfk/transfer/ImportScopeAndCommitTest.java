package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static cn.dongguan.cfk.transfer.Imports.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.gisdata.CreditCode;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Who may import (managers their own parks' rows, administrators anything, staff 亩均 results only,
 * enterprises refused, anonymous callers 401), all or nothing at the commit, validOnly, the templates, and the
 * exports' privacy. Park DG-P20, on rows each test makes.
 */
@IntegrationTest
class ImportScopeAndCommitTest {

    static final String PARK = "DG-P20";
    static final String MANAGER = "manager20";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    Imports imports;
    long building;
    long unit;

    @BeforeEach
    void fixtures() {
        imports = new Imports(mvc);
        building = inventory.building(PARK, 3, 2400);
        unit = inventory.unit(building, "VACANT");
    }

    private byte[] rent(long id, Object rent) throws Exception {
        return xlsx(List.of("id", "rentYuanM2Month"), List.of(List.of(id, rent)));
    }

    @Test
    void aManagerOfAnotherParkGetsRowErrorsAndNothingIsWritten() throws Exception {
        JsonNode job = imports.preview("units", "manager21", "u.xlsx", rent(unit, 99));
        assertThat(counts(job)).isEqualTo(Map.of("new", 0, "changed", 0, "unchanged", 0, "rejected", 1));
        assertThat(job.get("errors").get(0).get("reasonEn").asString()).contains("park " + PARK);
        assertThat(imports.commitRequest(job.get("id").asLong(), "manager21", false)
                        .getStatus())
                .isEqualTo(409);
        assertThat(inventory.unitRow(unit).get("rent_yuan_m2_month").toString()).isEqualTo("20.00");
        // the job is the uploader's: another manager cannot see it
        assertThat(mvc.perform(get("/api/imports/" + job.get("id").asLong()).with(httpBasic(MANAGER, "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        JsonNode admin = imports.job(job.get("id").asLong(), "admin", "");
        assertThat(admin.get("createdBy").asString()).isEqualTo("manager21");
    }

    @Test
    void staffAndEnterprisesAreRefusedTheInventoryAndAnonymousCallersMustSignIn() throws Exception {
        for (String user : List.of("staff", "enterprise")) {
            MockHttpServletResponse r = imports.upload("units", user, "u.xlsx", rent(unit, 99));
            assertThat(r.getStatus()).as(user).isEqualTo(403);
            assertThat(r.getContentType()).startsWith("application/problem+json");
            assertThat(mvc.perform(get("/api/imports").with(httpBasic(user, "demo")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user + ": staff import 亩均 results (layer efficiency), so they list their own imports")
                    .isEqualTo(user.equals("staff") ? 200 : 403);
        }
        assertThat(imports.upload("units", null, "u.xlsx", rent(unit, 99)).getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/imports")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(imports.upload("enterprises", MANAGER, "e.xlsx", rent(unit, 1))
                        .getStatus())
                .isEqualTo(403);
        assertThat(inventory.unitRow(unit).get("rent_yuan_m2_month").toString()).isEqualTo("20.00");
    }

    @Test
    void theHistoryListsWhoImportedWhatAndTheCounts() throws Exception {
        JsonNode job = imports.preview("units", MANAGER, "历史.xlsx", rent(unit, 20));
        JsonNode history = Imports.JSON.readTree(mvc.perform(get("/api/imports").with(httpBasic(MANAGER, "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode mine = history.get("items").get(0);
        assertThat(mine.get("id").asLong()).isEqualTo(job.get("id").asLong());
        assertThat(mine.get("fileName").asString()).isEqualTo("历史.xlsx");
        assertThat(mine.get("createdBy").asString()).isEqualTo(MANAGER);
        assertThat(mine.get("counts").get("unchanged").asInt()).isEqualTo(1);
        assertThat(history.get("items")
                        .valueStream()
                        .map(i -> i.get("createdBy").asString()))
                .containsOnly(MANAGER);
    }

    @Test
    void whenTheDatabaseRefusesARowAtTheCommitNothingIsWritten() throws Exception {
        String first17 = "91441900" + String.format("%08d", System.nanoTime() % 100_000_000L) + "1";
        String code = first17 + CreditCode.checkCharacter(first17);
        long enterprise = jdbc.queryForObject(
                "INSERT INTO enterprise (name, credit_code) VALUES ('即将注销的企业', ?) RETURNING id", Long.class, code);
        long other = inventory.unit(building, "VACANT");
        byte[] file = xlsx(
                List.of("id", "status", "occupantCreditCode", "rentYuanM2Month"),
                List.of(List.of(other, "VACANT", "", 33), List.of(unit, "OCCUPIED", code, 20)));
        JsonNode preview = imports.preview("units", MANAGER, "u.xlsx", file);
        assertThat(counts(preview))
                .as(preview.toString())
                .isEqualTo(Map.of("new", 0, "changed", 2, "unchanged", 0, "rejected", 0));
        jdbc.update("DELETE FROM enterprise WHERE id = ?", enterprise);

        JsonNode done = imports.commit(preview.get("id").asLong(), MANAGER, false);
        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(done.get("failure").asString()).contains("nothing was written");
        assertThat(inventory.unitRow(other).get("rent_yuan_m2_month").toString())
                .isEqualTo("20.00");
        assertThat(inventory.unitRow(unit).get("status")).isEqualTo("VACANT");
        assertThat(inventory.events(other) + inventory.events(unit)).isZero();
    }

    @Test
    void aRecordChangedSinceThePreviewRefusesTheCommit() throws Exception {
        JsonNode preview = imports.preview("units", MANAGER, "u.xlsx", rent(unit, 44));
        jdbc.update("UPDATE space_unit SET rent_yuan_m2_month = 21, version = version + 1 WHERE id = ?", unit);
        JsonNode done = imports.commit(preview.get("id").asLong(), MANAGER, false);
        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(inventory.unitRow(unit).get("rent_yuan_m2_month").toString()).isEqualTo("21.00");
    }

    @Test
    void validOnlyCommitsTheRowsWithoutErrors() throws Exception {
        long other = inventory.unit(building, "VACANT");
        byte[] file = xlsx(List.of("id", "rentYuanM2Month"), List.of(List.of(unit, 26), List.of(other, -1)));
        JsonNode preview = imports.preview("units", MANAGER, "u.xlsx", file);
        assertThat(counts(preview)).isEqualTo(Map.of("new", 0, "changed", 1, "unchanged", 0, "rejected", 1));
        MockHttpServletResponse refused =
                imports.commitRequest(preview.get("id").asLong(), MANAGER, false);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("validOnly");
        assertThat(inventory.unitRow(unit).get("rent_yuan_m2_month").toString()).isEqualTo("20.00");

        JsonNode done = imports.commit(preview.get("id").asLong(), MANAGER, true);
        assertThat(done.get("status").asString()).isEqualTo("COMMITTED");
        assertThat(done.get("validOnly").asBoolean()).isTrue();
        assertThat(inventory.unitRow(unit).get("rent_yuan_m2_month").toString()).isEqualTo("26.00");
        assertThat(inventory.unitRow(other).get("rent_yuan_m2_month").toString())
                .isEqualTo("20.00");
        assertThat(imports.commitRequest(preview.get("id").asLong(), MANAGER, true)
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void aTemplateHasTheColumnsWithUnitsDropDownsAnExampleAndNotes() throws Exception {
        byte[] template = imports.export("/api/imports/templates/units.xlsx", null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet data = workbook.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            data.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("编号 id", "租金（元/m²·月） rentYuanM2Month", "状态 status", "面积（m²） areaM2");
            assertThat(headers).doesNotContain("占用企业名称 occupantName");
            assertThat(data.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                            .isEqualTo("list_status"));
            Sheet example = workbook.getSheet("示例 Example");
            assertThat(example.getRow(1).getCell(headers.indexOf("状态 status")).getStringCellValue())
                    .isEqualTo("VACANT");
            Sheet notes = workbook.getSheet("说明 Columns");
            StringBuilder text = new StringBuilder();
            notes.forEach(row -> row.forEach(c -> text.append(c.toString()).append('\n')));
            assertThat(text).contains("rentYuanM2Month", "Available from", "同层序号");
            // the template's example, as a user copies it to the first sheet, is a valid new unit
        }
        byte[] filled = xlsx(
                List.of(
                        "楼栋编号 buildingId",
                        "起始楼层 floorFrom",
                        "面积（m²） areaM2",
                        "状态 status",
                        "租金（元/m²·月） rentYuanM2Month"),
                List.of(List.of(building, 2, 1000, "VACANT", 25)));
        JsonNode job = imports.preview("units", MANAGER, "template.xlsx", filled);
        assertThat(counts(job)).isEqualTo(Map.of("new", 1, "changed", 0, "unchanged", 0, "rejected", 0));
    }

    @Test
    void exportsLeaveOccupantsToThoseWhoMaySeeThem() throws Exception {
        long occupied = inventory.unit(building, "OCCUPIED");
        String anonymous =
                new String(imports.export("/api/exports/units.csv?park=" + PARK, null), StandardCharsets.UTF_8);
        assertThat(anonymous.lines().findFirst().orElseThrow()).doesNotContain("occupant");
        String staff =
                new String(imports.export("/api/exports/units.csv?park=" + PARK, "staff"), StandardCharsets.UTF_8);
        String code = jdbc.queryForObject("""
                SELECT e.credit_code FROM space_unit u JOIN enterprise e ON e.id = u.occupant_enterprise_id WHERE u.id = ?""", String.class, occupied);
        assertThat(staff).contains("occupantCreditCode", code);
        String otherManager =
                new String(imports.export("/api/exports/units.csv?park=" + PARK, "manager21"), StandardCharsets.UTF_8);
        assertThat(otherManager).contains("occupantCreditCode").doesNotContain(code);
        assertThat(new String(imports.export("/api/exports/enterprises.csv", null), StandardCharsets.UTF_8))
                .doesNotContain("contactPhone");
    }

    @Test
    void theSpacesExportIsTheSearchWithItsFilters() throws Exception {
        String csv = new String(
                imports.export("/api/exports/spaces.csv?park=" + PARK + "&minArea=400", null), StandardCharsets.UTF_8);
        JsonNode search = Imports.JSON.readTree(mvc.perform(get("/api/spaces?park=" + PARK + "&minArea=400&size=1"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(csv.lines().count() - 1).isEqualTo(search.get("total").asLong());
        assertThat(csv).contains(String.valueOf(unit));
        MockHttpServletResponse bad = mvc.perform(get("/api/exports/spaces.xlsx?minArea=5&maxArea=1"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(get("/api/exports/units.pdf"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
