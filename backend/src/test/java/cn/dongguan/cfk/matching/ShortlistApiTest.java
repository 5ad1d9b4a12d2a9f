package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 item 5: a project's shortlist is saved with it on the server, shared by staff, replaced under
 * If-Match, and is what the project's Excel export lists; another project never sees it. The test owns
 * the shortlists of the first two projects that have matches.
 */
@IntegrationTest
class ShortlistApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    JsonMapper json = JsonMapper.builder().build();

    private JsonNode matches(long project) throws Exception {
        return json.readTree(mvc.perform(get("/api/projects/{id}/matches", project)
                                .param("limit", "5")
                                .with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("items");
    }

    private MockHttpServletRequestBuilder save(long project, String ifMatch, List<String> candidates) {
        MockHttpServletRequestBuilder put = put("/api/projects/{id}/shortlist", project)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("candidates", candidates)));
        return ifMatch == null ? put : put.header("If-Match", ifMatch);
    }

    @Test
    void staffShareAProjectsShortlistWhichItsExportListsAndNoOtherProjectSees() throws Exception {
        List<Long> projects = jdbc.sql(
                        "SELECT id FROM expansion_project WHERE site_kind = 'EITHER' ORDER BY id LIMIT 2")
                .query(Long.class)
                .list();
        long project = projects.get(0);
        long other = projects.get(1);
        jdbc.sql("DELETE FROM project_shortlist WHERE project_id IN (:ids)")
                .param("ids", projects)
                .update();
        JsonNode items = matches(project);
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        List<String> chosen = List.of(
                items.get(1).get("id").asString(), items.get(0).get("id").asString());

        mvc.perform(get("/api/projects/{id}/shortlist", project).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.candidates").isEmpty());
        mvc.perform(save(project, null, chosen).with(httpBasic("staff", "demo")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(save(project, "\"0\"", chosen).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.updatedBy").value("staff"));
        mvc.perform(save(project, "\"0\"", List.of(chosen.get(0))).with(httpBasic("admin", "demo")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(save(project, "\"1\"", List.of("U1", "x")).with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidates"));

        mvc.perform(get("/api/projects/{id}/shortlist", project).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.candidates").value(Matchers.contains(chosen.toArray())));
        mvc.perform(get("/api/projects/{id}/shortlist", other).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.candidates").isEmpty());
        mvc.perform(get("/api/projects/{id}/shortlist", project).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(save(project, "\"1\"", List.of()).with(httpBasic("manager05", "demo")))
                .andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(post("/api/matching/shortlist.xlsx")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("projectId", project))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(exportedIds(xlsx)).containsExactlyElementsOf(chosen);
        mvc.perform(post("/api/matching/shortlist.xlsx")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("projectId", other))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidates"));
    }

    private static List<String> exportedIds(byte[] xlsx) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(ShortlistWorkbook.SHEET);
            List<String> ids = new ArrayList<>();
            boolean rows = false;
            for (Row row : sheet) {
                String cell = row.getCell(1) == null ? null : row.getCell(1).getStringCellValue();
                if (rows && cell != null) {
                    ids.add(cell);
                }
                rows = rows || "编号 Id".equals(cell);
            }
            return ids;
        }
    }
}
