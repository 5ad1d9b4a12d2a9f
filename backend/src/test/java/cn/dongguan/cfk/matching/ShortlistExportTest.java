package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.shared.XlsxAnswers;
import cn.dongguan.cfk.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A shortlist exported to Excel opens with POI and lists the chosen sites with the scores the match gave. */
@IntegrationTest
class ShortlistExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    JsonMapper json = JsonMapper.builder().build();

    @Test
    void theWorkbookHasOneRowPerShortlistedSiteInTheOrderChosen() throws Exception {
        long project = 0;
        JsonNode items = null;
        for (long id : jdbc.sql("SELECT id FROM expansion_project WHERE site_kind = 'EITHER' ORDER BY id")
                .query(Long.class)
                .list()) {
            project = id;
            JsonNode found = matches(id, 6);
            items = found;
            // a project whose first three sites include floor space, to read the unit figures of
            if (found.size() >= 3
                    && java.util.stream.IntStream.range(0, 3)
                            .anyMatch(
                                    i -> "UNITS".equals(found.get(i).get("kind").asString()))) {
                break;
            }
        }
        assertThat(items.size()).isGreaterThanOrEqualTo(3);
        List<JsonNode> chosen = List.of(items.get(2), items.get(0), items.get(1));
        List<String> ids = chosen.stream().map(i -> i.get("id").asString()).toList();
        String request = json.writeValueAsString(Map.of("projectId", project, "candidates", ids));

        byte[] xlsx = mvc.perform(post("/api/matching/shortlist.xlsx")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XlsxAnswers.XLSX.toString()))
                .andExpect(
                        header().string("Content-Disposition", org.hamcrest.Matchers.containsString("shortlist.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(ShortlistWorkbook.SHEET);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("候选场地清单", "Shortlist");
            int header = -1;
            for (Row row : sheet) {
                if ("编号 Id"
                        .equals(row.getCell(1) == null ? null : row.getCell(1).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).as("header row").isPositive();
            Row headings = sheet.getRow(header);
            java.util.function.ToIntFunction<String> column = title -> {
                for (int c = 0; c < headings.getLastCellNum(); c++) {
                    if (headings.getCell(c).getStringCellValue().equals(title)) {
                        return c;
                    }
                }
                throw new AssertionError("no column " + title);
            };
            int score = column.applyAsInt("总分 Score");
            int height = column.applyAsInt("层高 m Ceiling height (lowest)");
            int load = column.applyAsInt("荷载 kg/m² Floor load (lowest)");
            int power = column.applyAsInt("供电 kVA Power (total)");
            int reasons = column.applyAsInt("理由 Reasons");
            int spaces = 0;
            List<String> exported = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                JsonNode item = chosen.get(i);
                exported.add(row.getCell(1).getStringCellValue());
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(7).getNumericCellValue())
                        .isEqualTo(item.get("totalAreaM2").asDouble());
                assertThat(row.getCell(score).getNumericCellValue())
                        .isEqualTo(item.get("score").asDouble());
                assertThat(row.getCell(score + 1).getNumericCellValue())
                        .isEqualTo(item.get("criteria").get(0).get("score").asDouble());
                assertThat(row.getCell(reasons).getStringCellValue())
                        .contains(item.get("criteria").get(0).get("reasonZh").asString());
                assertThat(row.getCell(reasons + 1).getStringCellValue())
                        .contains(item.get("criteria").get(0).get("reasonEn").asString());
                // the unit figures a prospect asks first: lowest height and load, total power; blank for land
                JsonNode facts = item.get("facts");
                for (var figure : Map.of(height, "minCeilingHeightM", load, "minFloorLoadKgM2", power, "totalPowerKva")
                        .entrySet()) {
                    JsonNode value = facts.get(figure.getValue());
                    if (value == null || value.isNull()) {
                        assertThat(row.getCell(figure.getKey()).getCellType())
                                .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                    } else {
                        assertThat(row.getCell(figure.getKey()).getNumericCellValue())
                                .as(figure.getValue())
                                .isEqualTo(value.asDouble());
                    }
                }
                if ("UNITS".equals(item.get("kind").asString())) {
                    spaces++;
                }
            }
            assertThat(exported).containsExactlyElementsOf(ids);
            assertThat(spaces).as("floor-space sites among those exported").isPositive();
            assertThat(sheet.getRow(header + 1 + chosen.size())).isNull();
        }
    }

    @Test
    void candidatesAreLookedUpAgainAsTheyAreNow() throws Exception {
        long project = 0;
        JsonNode first = null;
        for (long id : jdbc.sql("SELECT id FROM expansion_project WHERE site_kind = 'SPACE' ORDER BY id")
                .query(Long.class)
                .list()) {
            project = id;
            first = matches(id, 1).get(0);
            if (first != null) {
                break;
            }
        }
        assertThat(first).isNotNull();
        mvc.perform(post("/api/matching/evaluate")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "projectId",
                                project,
                                "candidates",
                                List.of(first.get("id").asString())))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(first.get("id").asString()))
                .andExpect(jsonPath("$.items[0].score").value(first.get("score").asDouble()))
                .andExpect(jsonPath("$.items[0].failed").isEmpty());
    }

    @Test
    void aSiteOfAKindTheProjectDoesNotLookForIsShownAsFailingThat() throws Exception {
        long project = jdbc.sql("SELECT min(id) FROM expansion_project WHERE site_kind = 'SPACE'")
                .query(Long.class)
                .single();
        long parcel = jdbc.sql("SELECT min(id) FROM parcel WHERE status = 'AVAILABLE'")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/matching/evaluate")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("projectId", project, "candidates", List.of("P" + parcel)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].failed[0].filter").value("siteKind"))
                .andExpect(jsonPath("$.items[0].criteria[0].score").value(0));
    }

    private JsonNode matches(long project, int limit) throws Exception {
        return json.readTree(mvc.perform(get("/api/projects/{id}/matches", project)
                                .param("limit", Integer.toString(limit))
                                .with(httpBasic("staff", "demo")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("items");
    }

    @Test
    void unknownOrMalformedCandidatesAreRefused() throws Exception {
        for (String bad : new String[] {"[\"X1\"]", "[\"U999999999\"]", "[]", "[\"P1-\"]"}) {
            mvc.perform(post("/api/matching/shortlist.xlsx")
                            .with(httpBasic("staff", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"projectId\": 1, \"candidates\": " + bad + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("candidates"));
        }
        mvc.perform(post("/api/matching/shortlist.xlsx")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"candidates\": [\"P1\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("projectId"));
    }

    @Test
    void theAddressIsInEveryWorkbookAndTheParkContactOnlyInStaffs() throws Exception {
        Map<String, Object> site = jdbc.sql("""
                        SELECT u.id AS unit, b.address, p.managing_body, p.contact_name, p.contact_phone
                        FROM space_unit u JOIN building b ON b.id = u.building_id JOIN park p ON p.code = b.park_code
                        WHERE b.address IS NOT NULL AND p.contact_phone IS NOT NULL AND p.contact_name IS NOT NULL
                        ORDER BY u.id LIMIT 1""").query().singleRow();
        String request = json.writeValueAsString(Map.of(
                "requirement",
                Map.of("siteKind", "SPACE", "minAreaM2", 100, "maxAreaM2", 100000),
                "candidates",
                List.of("U" + site.get("unit"))));
        for (String user : List.of("staff", "admin", "enterprise")) {
            byte[] xlsx = mvc.perform(post("/api/matching/shortlist.xlsx")
                            .with(httpBasic(user, "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(request))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheet(ShortlistWorkbook.SHEET);
                int header = -1;
                for (Row row : sheet) {
                    if (row.getCell(1) != null && "编号 Id".equals(row.getCell(1).getStringCellValue())) {
                        header = row.getRowNum();
                    }
                }
                Row headings = sheet.getRow(header);
                int address = -1;
                int contact = -1;
                for (int c = 0; c < headings.getLastCellNum(); c++) {
                    String title = headings.getCell(c).getStringCellValue();
                    address = title.equals("地址 Address") ? c : address;
                    contact = title.startsWith("园区联系人 Park contact") ? c : contact;
                }
                Row row = sheet.getRow(header + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("U" + site.get("unit"));
                assertThat(row.getCell(address).getStringCellValue()).as(user).isEqualTo(site.get("address"));
                String phone = (String) site.get("contact_phone");
                if (user.equals("enterprise")) {
                    assertThat(row.getCell(contact).getStringCellValue())
                            .as(user)
                            .isEmpty();
                    StringBuilder all = new StringBuilder();
                    for (Row r : sheet) {
                        r.forEach(cell -> all.append(cell.toString()).append('|'));
                    }
                    assertThat(all.toString()).doesNotContain(phone).doesNotContain((String) site.get("contact_name"));
                } else {
                    assertThat(row.getCell(contact).getStringCellValue())
                            .as(user)
                            .contains((String) site.get("contact_name"), phone);
                }
            }
        }
    }
}
