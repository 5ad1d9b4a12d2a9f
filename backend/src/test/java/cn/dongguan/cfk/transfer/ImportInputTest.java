package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static cn.dongguan.cfk.transfer.Imports.csv;
import static cn.dongguan.cfk.transfer.Imports.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.gisdata.CreditCode;
import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Bad input, each a row or file error in Chinese and English, and nothing written; and what is read
 * as people write it (units, separators, full-width digits, dates, encodings). Park DG-P25, on units of
 * buildings each test makes; a rejected preview is never committed, so nothing it read is written.
 */
@IntegrationTest
class ImportInputTest {

    static final String PARK = "DG-P25";
    static final String MANAGER = "manager25";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    Imports imports;
    long building;
    long unit;

    @BeforeEach
    void fixtures() {
        imports = new Imports(mvc);
        building = inventory.building(PARK, 3, 2400);
        unit = inventory.unit(building, "VACANT");
    }

    private JsonNode rejectedFile(String fileName, byte[] bytes) throws Exception {
        JsonNode job = imports.preview("units", MANAGER, fileName, bytes);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("REJECTED");
        assertThat(job.get("errors")).isNotEmpty();
        assertThat(job.get("errors").get(0).get("row").asInt()).isZero();
        assertThat(job.get("errors").get(0).get("reasonZh").asString()).isNotBlank();
        assertThat(job.get("errors").get(0).get("reasonEn").asString()).isNotBlank();
        assertThat(imports.commitRequest(job.get("id").asLong(), MANAGER, true).getStatus())
                .isEqualTo(409);
        return job;
    }

    private JsonNode previewOf(List<String> header, List<Object> row) throws Exception {
        JsonNode job = imports.preview("units", MANAGER, "u.xlsx", xlsx(header, List.of(row)));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("PREVIEW");
        return job;
    }

    private static JsonNode onlyError(JsonNode job) {
        assertThat(job.get("errors")).as(job.toString()).hasSize(1);
        JsonNode error = job.get("errors").get(0);
        assertThat(error.get("reasonZh").asString()).isNotBlank();
        assertThat(error.get("reasonEn").asString()).isNotBlank();
        return error;
    }

    @Test
    void aFileThatIsNotTheTypeItClaimsIsRefused() throws Exception {
        JsonNode text = rejectedFile("units.xlsx", "id,rentYuanM2Month\n1,20\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.get("errors").get(0).get("reasonEn").asString()).contains("claims to be xlsx", "text");
        JsonNode zip = rejectedFile("units.csv", xlsx(List.of("id"), List.of(List.of(unit))));
        assertThat(zip.get("errors").get(0).get("reasonEn").asString()).contains("claims to be csv", "ZIP");
        JsonNode pdf = rejectedFile("units.pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.get("errors").get(0).get("reasonEn").asString()).contains("PDF");
    }

    @Test
    void unknownAndMissingColumnsAreNamed() throws Exception {
        JsonNode unknown = rejectedFile(
                "u.xlsx",
                xlsx(List.of("id", "租金 rentYuanM2Month", "颜色", "floorz"), List.of(List.of(unit, 20, "红", 1))));
        assertThat(unknown.get("errors").get(0).get("reasonZh").asString()).contains("颜色", "floorz");
        JsonNode missing = rejectedFile("u.xlsx", xlsx(List.of("租金"), List.of(List.of(20))));
        assertThat(missing.get("errors").get(0).get("reasonEn").asString()).contains("id", "buildingId + floorFrom");
    }

    @Test
    void mergedCellsRefuseTheFile() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Imports.write(sheet.createRow(0), List.of("buildingId", "floorFrom", "position", "rentYuanM2Month"));
            Imports.write(sheet.createRow(1), List.of(building, 1, 1, 30));
            Imports.write(sheet.createRow(2), List.of("", 1, 2, 30));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            workbook.write(out);
            JsonNode job = rejectedFile("merged.xlsx", out.toByteArray());
            assertThat(job.get("errors").get(0).get("reasonEn").asString()).contains("merged", "A2:A3");
        }
        assertThat(inventory.unitRow(unit).get("rent_yuan_m2_month").toString()).isEqualTo("20.00");
    }

    @Test
    void aFormulaGivesItsCachedResultAndOneWithoutIsACellError() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Imports.write(sheet.createRow(0), List.of("id", "rentYuanM2Month"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(unit);
            row.createCell(1).setCellFormula("20+7.5");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(1));
            workbook.write(out);
            file = out.toByteArray();
        }
        JsonNode job = imports.preview("units", MANAGER, "f.xlsx", file);
        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        assertThat(job.get("diff")
                        .get("items")
                        .get(0)
                        .get("changes")
                        .get(0)
                        .get("after")
                        .decimalValue())
                .isEqualByComparingTo("27.5");

        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Imports.write(sheet.createRow(0), List.of("id", "rentYuanM2Month"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(unit);
            row.createCell(1).setCellFormula("20+7.5");
            workbook.write(out);
            file = out.toByteArray();
        }
        JsonNode uncached = imports.preview("units", MANAGER, "f.xlsx", file);
        JsonNode error = onlyError(uncached);
        assertThat(error.get("field").asString()).isEqualTo("rentYuanM2Month");
        assertThat(error.get("reasonEn").asString()).contains("formula");
    }

    @Test
    void datesAreReadAsTextAndAsExcelSerialNumbers() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Imports.write(sheet.createRow(0), List.of("id", "availableFrom"));
            Imports.write(sheet.createRow(1), List.of(unit, "2027年1月15日"));
            Row serial = sheet.createRow(2);
            serial.createCell(0).setCellValue(unit);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            serial.createCell(1).setCellValue(java.time.LocalDate.of(2027, 3, 1));
            serial.getCell(1).setCellStyle(date);
            workbook.write(out);
            file = out.toByteArray();
        }
        JsonNode job = imports.preview("units", MANAGER, "d.xlsx", file);
        // the two rows name the same unit: the second is a duplicate, yet its date was read
        assertThat(job.get("diff")
                        .get("items")
                        .get(0)
                        .get("changes")
                        .get(0)
                        .get("after")
                        .asString())
                .isEqualTo("2027-01-15");
        long other = inventory.unit(building, "VACANT");
        JsonNode serialOnly = imports.preview(
                "units", MANAGER, "d.xlsx", xlsx(List.of("id", "availableFrom"), List.of(List.of(other, 46447))));
        assertThat(serialOnly
                        .get("diff")
                        .get("items")
                        .get(0)
                        .get("changes")
                        .get(0)
                        .get("after")
                        .asString())
                .isEqualTo("2027-03-01");
        JsonNode bad = previewOf(List.of("id", "availableFrom"), List.of(unit, "2027-02-30"));
        assertThat(onlyError(bad).get("field").asString()).isEqualTo("availableFrom");
    }

    @Test
    void numbersWithUnitsSeparatorsAndFullWidthDigitsAreRead() throws Exception {
        for (String area : List.of("2,000㎡", "2000平方米", "２０００", "2000 m²")) {
            JsonNode job = previewOf(
                    List.of("buildingId", "floorFrom", "floorTo", "areaM2", "status"),
                    List.of(building, 2, 2, area, "VACANT"));
            assertThat(job.get("errors")).as(area + " " + job).isEmpty();
            JsonNode changes = job.get("diff").get("items").get(0).get("changes");
            assertThat(changes.valueStream()
                            .filter(c -> c.get("field").asString().equals("areaM2"))
                            .findFirst()
                            .orElseThrow()
                            .get("after")
                            .decimalValue())
                    .as(area)
                    .isEqualByComparingTo("2000");
        }
        JsonNode wrongUnit = previewOf(List.of("id", "areaM2"), List.of(unit, "2000kVA"));
        assertThat(onlyError(wrongUnit).get("field").asString()).isEqualTo("areaM2");
    }

    @Test
    void emptyRowsAreSkippedAndCounted() throws Exception {
        byte[] file = xlsx(
                List.of("id", "rentYuanM2Month"), List.of(List.of(), List.of(unit, 21), List.of("", ""), List.of()));
        JsonNode job = imports.preview("units", MANAGER, "e.xlsx", file);
        assertThat(job.get("emptyRows").asInt()).isEqualTo(1);
        assertThat(counts(job)).isEqualTo(Map.of("new", 0, "changed", 1, "unchanged", 0, "rejected", 0));
        JsonNode headerOnly = rejectedFile("h.xlsx", xlsx(List.of("id", "rentYuanM2Month"), List.of()));
        assertThat(headerOnly.get("errors").get(0).get("reasonEn").asString()).contains("no data rows");
    }

    @Test
    void duplicateKeysWithinTheFileAreRowErrors() throws Exception {
        byte[] file = xlsx(
                List.of("buildingId", "floorFrom", "position", "rentYuanM2Month"),
                List.of(List.of(building, 1, 1, 30), List.of(building, 1, 1, 31)));
        JsonNode job = imports.preview("units", MANAGER, "dup.xlsx", file);
        JsonNode error = onlyError(job);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("reasonEn").asString()).contains("row 2");
    }

    @Test
    void valuesOutsideTheSchemaSRangesAreRowErrorsNamingTheField() throws Exception {
        JsonNode vacant = previewOf(List.of("id", "vacantAreaM2"), List.of(unit, 600));
        assertThat(onlyError(vacant).get("field").asString()).isEqualTo("vacantAreaM2");
        JsonNode rent = previewOf(List.of("id", "rentYuanM2Month"), List.of(unit, -5));
        assertThat(onlyError(rent).get("field").asString()).isEqualTo("rentYuanM2Month");
        JsonNode floor = previewOf(List.of("id", "floorTo"), List.of(unit, 9));
        assertThat(onlyError(floor).get("field").asString()).isEqualTo("floorTo");
        JsonNode status = previewOf(List.of("id", "status"), List.of(unit, "EMPTY"));
        assertThat(onlyError(status).get("field").asString()).isEqualTo("status");
        assertThat(inventory.unitRow(unit).get("vacant_area_m2").toString()).isEqualTo("500.00");
    }

    @Test
    void unknownBuildingsEnterprisesParksAndIndustriesAreRowErrors() throws Exception {
        JsonNode building =
                previewOf(List.of("buildingId", "floorFrom", "areaM2", "status"), List.of(99_999_999, 1, 10, "VACANT"));
        assertThat(onlyError(building).get("field").asString()).isEqualTo("buildingId");
        JsonNode name = previewOf(
                List.of("parkCode", "buildingName", "floorFrom", "areaM2", "status"),
                List.of(PARK, "没有这栋", 1, 10, "VACANT"));
        assertThat(onlyError(name).get("field").asString()).isEqualTo("buildingName");
        String unknownCode = "91441900" + "12345678" + "X";
        unknownCode = unknownCode + CreditCode.checkCharacter(unknownCode);
        JsonNode occupant =
                previewOf(List.of("id", "status", "occupantCreditCode"), List.of(unit, "OCCUPIED", unknownCode));
        assertThat(onlyError(occupant).get("field").asString()).isEqualTo("occupantCreditCode");
        JsonNode invalid = previewOf(
                List.of("id", "status", "occupantCreditCode"), List.of(unit, "OCCUPIED", "91441900123456789A"));
        assertThat(onlyError(invalid).get("reasonEn").asString()).contains("credit code");
        JsonNode park = previewOf(List.of("parkCode", "buildingName", "floorFrom"), List.of("DG-PX1", "A1栋", 1));
        assertThat(onlyError(park).get("field").asString()).isEqualTo("parkCode");

        JsonNode industry = imports.preview(
                "enterprises",
                "admin",
                "e.csv",
                csv(StandardCharsets.UTF_8, "creditCode,name,industryCode", unknownCode + ",测试企业,NO_SUCH_INDUSTRY"));
        assertThat(onlyError(industry).get("field").asString()).isEqualTo("industryCode");
        JsonNode code = imports.preview(
                "enterprises",
                "admin",
                "e.csv",
                csv(StandardCharsets.UTF_8, "creditCode,name", "91441900123456789A,测试企业"));
        assertThat(onlyError(code).get("field").asString()).isEqualTo("creditCode");
    }

    @Test
    void invalidAndOutOfAreaGeometriesAreRowErrorsWithReasonAndLocation() throws Exception {
        Box box = land.inPark(PARK, 40);
        String bowtie = String.format(
                Locale.ROOT,
                "POLYGON((%.9f %.9f,%.9f %.9f,%.9f %.9f,%.9f %.9f,%.9f %.9f))",
                box.lon(0.1),
                box.lat(0.1),
                box.lon(0.9),
                box.lat(0.9),
                box.lon(0.9),
                box.lat(0.1),
                box.lon(0.1),
                box.lat(0.9),
                box.lon(0.1),
                box.lat(0.1));
        List<String> header = List.of("parkCode", "name", "type", "floors", "geometryWkt");
        JsonNode invalid = imports.preview(
                "buildings",
                MANAGER,
                "b.xlsx",
                xlsx(header, List.of(List.of(PARK, Inventory.unique("坏楼"), "仓库", 1, bowtie))));
        JsonNode error = onlyError(invalid);
        assertThat(error.get("field").asString()).isEqualTo("geometry");
        assertThat(error.get("reasonEn").asString()).contains("Self-intersection", "at 1");
        JsonNode outside = imports.preview(
                "buildings",
                MANAGER,
                "b.xlsx",
                xlsx(
                        header,
                        List.of(List.of(PARK, Inventory.unique("远楼"), "仓库", 1, "POLYGON((0 0,1 0,1 1,0 1,0 0))"))));
        assertThat(onlyError(outside).get("reasonEn").asString()).contains("outside Dongguan");
        JsonNode unreadable = imports.preview(
                "buildings",
                MANAGER,
                "b.xlsx",
                xlsx(header, List.of(List.of(PARK, Inventory.unique("楼"), "仓库", 1, "POLYGON((1 2"))));
        assertThat(onlyError(unreadable).get("field").asString()).isEqualTo("geometryWkt");
    }

    @Test
    void aFileOverTheSizeLimitIs413AsAProblem() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        MockHttpServletResponse response = imports.upload("units", MANAGER, "big.csv", big);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("50 MB", "detailZh");
    }

    @Test
    void csvIsReadInUtf8WithOrWithoutBomAndInGbkDetectedOrChosen() throws Exception {
        String header = "编号 id,结构 structure,地址";
        List<Charset> charsets = List.of(StandardCharsets.UTF_8, Charset.forName("GBK"));
        long b = inventory.building(PARK);
        for (Charset charset : charsets) {
            for (boolean bom : List.of(false, true)) {
                if (bom && !charset.equals(StandardCharsets.UTF_8)) {
                    continue;
                }
                String structure = "钢混结构" + charset.name() + bom;
                byte[] text = csv(charset, header, b + "," + structure + ",东莞市“示例”路");
                byte[] file = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
                JsonNode job = imports.preview("buildings", MANAGER, "b.csv", file);
                assertThat(job.get("errors")).as(job.toString()).isEmpty();
                assertThat(job.get("encoding").asString())
                        .isEqualTo(charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "GB18030");
                JsonNode changes = job.get("diff").get("items").get(0).get("changes");
                assertThat(changes.toString()).contains(structure, "东莞市“示例”路");
            }
        }
        JsonNode chosen = imports.preview(
                "buildings", MANAGER, "b.csv", csv(Charset.forName("GBK"), header, b + ",砖混,地址"), "encoding=GBK");
        assertThat(chosen.get("encoding").asString()).isEqualTo("GB18030");
        assertThat(chosen.get("errors")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
