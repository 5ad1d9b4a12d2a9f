package cn.dongguan.cfk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 招商 follow-up: staff log notes, calls and visits, plan the next action, see how many days a
 * project is overdue (sortable) and take the list to Excel. Each test's projects are rolled back.
 */
@IntegrationTest
@Transactional
class ProjectFollowUpTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long project(String name, LocalDate plannedStart, Long enterprise) throws Exception {
        String body = mvc.perform(post("/api/projects")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "siteKind": "SPACE", "minAreaM2": 1000, "maxAreaM2": 2000,
                                 "plannedStart": "%s", "enterpriseId": %s, "assignedStaff": "staff"}""".formatted(name, plannedStart, enterprise)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions log(long id, String user, String json) throws Exception {
        return mvc.perform(post("/api/projects/{id}/activities", id)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void staffLogCallsAndVisitsAndPlanTheNextActionWhichTheEnterpriseDoesNotSee() throws Exception {
        long own = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'", Long.class);
        long id = project("测试跟进：电池包装线", TODAY.plusMonths(3), own);
        log(id, "staff", "{\"kind\": \"CALL\", \"text\": \"电话沟通用地需求\", \"occurredOn\": \"" + TODAY.minusDays(2) + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CALL"))
                .andExpect(jsonPath("$.actor").value("staff"));
        log(id, "admin", "{\"kind\": \"VISIT\", \"text\": \"陪同看厂 A3 栋\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredOn").value(TODAY.toString()));
        mvc.perform(get("/api/projects/{id}/activities", id).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("VISIT"))
                .andExpect(jsonPath("$[1].kind").value("CALL"))
                .andExpect(jsonPath("$[1].text").value("电话沟通用地需求"));

        String version = jdbc.queryForObject("SELECT version FROM expansion_project WHERE id = ?", Long.class, id)
                .toString();
        mvc.perform(patch("/api/projects/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"nextAction\": \"发送候选清单\", \"nextActionDue\": \"" + TODAY.plusDays(3) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextAction").value("发送候选清单"))
                .andExpect(jsonPath("$.nextActionDue").value(TODAY.plusDays(3).toString()));

        // the log and the plan are staff's own
        mvc.perform(get("/api/projects/{id}", id).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextAction").doesNotExist())
                .andExpect(jsonPath("$.nextActionDue").doesNotExist());
        mvc.perform(get("/api/projects/{id}/activities", id).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden());
        long before = jdbc.queryForObject("SELECT count(*) FROM project_activity", Long.class);
        log(id, "enterprise", "{\"kind\": \"NOTE\", \"text\": \"x\"}").andExpect(status().isForbidden());
        log(id, "staff", "{\"kind\": \"LUNCH\", \"text\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        log(id, "staff", "{\"kind\": \"NOTE\", \"text\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"));
        log(id, "staff", "{\"kind\": \"NOTE\", \"text\": \"x\", \"occurredOn\": \"" + TODAY.plusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("occurredOn"));
        log(999_999_999L, "staff", "{\"kind\": \"NOTE\", \"text\": \"x\"}").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_activity", Long.class))
                .isEqualTo(before);
    }

    @Test
    void theOverdueListCountsDaysOverdueAndSortsByThem() throws Exception {
        long ten = project("测试跟进：逾期十天", TODAY.minusDays(10), null);
        long three = project("测试跟进：逾期三天", TODAY.minusDays(3), null);
        String body = mvc.perform(get("/api/projects/overdue")
                        .param("sort", "-daysOverdue")
                        .with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        List<Number> days = JsonPath.read(body, "$.items[*].daysOverdue");
        List<Long> order = new ArrayList<>(ids.stream().map(Number::longValue).toList());
        assertThat(order).contains(ten, three);
        assertThat(order.indexOf(ten)).isLessThan(order.indexOf(three));
        assertThat(days.get(order.indexOf(ten)).intValue()).isEqualTo(10);
        assertThat(days.get(order.indexOf(three)).intValue()).isEqualTo(3);
        assertThat(days.stream().map(Number::intValue).toList()).isSortedAccordingTo((a, b) -> b - a);
        mvc.perform(get("/api/projects/overdue").param("sort", "size").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
    }

    @Test
    void theProjectListGoesToExcelWithItsFilters() throws Exception {
        long id = project("测试跟进：导出项目", TODAY.minusDays(5), null);
        byte[] xlsx = mvc.perform(get("/api/projects/export.xlsx")
                        .param("overdue", "true")
                        .with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long overdue = jdbc.queryForObject("""
                SELECT count(*) FROM expansion_project
                WHERE planned_start < ? AND status IN ('INTENT', 'SITING', 'SIGNED')""", Long.class, TODAY);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("编号 ID");
            List<Row> rows = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r));
            }
            assertThat(rows).hasSize((int) overdue);
            assertThat(rows).anySatisfy(row -> {
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(id);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("测试跟进：导出项目");
                assertThat((int) row.getCell(8).getNumericCellValue()).isEqualTo(5);
            });
        }
    }
}
