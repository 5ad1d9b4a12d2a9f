package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Imports.counts;
import static cn.dongguan.cfk.transfer.Imports.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A year's 亩均效益 results by spreadsheet (layer {@code efficiency}): the preview names each bad row's
 * field, the commit writes the good rows, a second year keeps the first (history), rows without a
 * grade are graded by the default method, and only staff and administrators may import or read them.
 * Each test makes its own enterprises and uses a year no other result has.
 */
@IntegrationTest
class EfficiencyImportTest {

    static final List<String> HEADER = List.of(
            "统一社会信用代码 creditCode",
            "评价年度 year",
            "评价等级 grade",
            "亩均税收（万元/亩） taxPerMu",
            "亩均营业收入（万元/亩） revenuePerMu",
            "单位能耗增加值（万元/吨标准煤） energyValueAdded");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Imports imports;

    @BeforeEach
    void client() {
        imports = new Imports(mvc);
    }

    @Test
    void aYearIsPreviewedWithRowErrorsCommittedAndTheNextYearKeepsItsHistory() throws Exception {
        int year = freeYear();
        String first = enterprise("亩均导入甲");
        String second = enterprise("亩均导入乙");
        String third = enterprise("亩均导入丙");
        byte[] file = xlsx(
                HEADER,
                List.of(
                        List.of(first, year, "A", 52.5, 910, 3.1),
                        List.of(second, year, "E", 10, 100, 1),
                        List.of(TestRequests.newCreditCode(), year, "B", 10, 100, 1),
                        List.of(third, year, "B", -3, 100, 1),
                        List.of(first, year, "C", 1, 1, 1)));
        JsonNode preview = imports.preview("efficiency", "staff", "2025.xlsx", file);
        assertThat(counts(preview))
                .as(preview.toString())
                .isEqualTo(Map.of("new", 1, "changed", 0, "unchanged", 0, "rejected", 4));
        assertThat(Imports.errorFields(preview)).containsExactly("grade", "creditCode", "taxPerMu", "year");
        assertThat(preview.get("errors").get(1).get("reasonZh").asString()).contains("没有信用代码");
        assertThat(preview.get("errors").get(3).get("reasonEn").asString()).contains("row 2");
        assertThat(results(first)).as("nothing is written by a preview").isZero();

        JsonNode done = imports.commit(preview.get("id").asLong(), "staff", true);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMMITTED");
        assertThat(results(first)).isEqualTo(1);
        assertThat(results(second)).isZero();

        imports.importAll(
                "efficiency", "staff", "2026.xlsx", xlsx(HEADER, List.of(List.of(first, year + 1, "D", 2, 40, 0.5))));
        JsonNode history = read("/api/efficiency/enterprises/" + id(first), "staff");
        assertThat(history.get("latestGrade").asString()).isEqualTo("D");
        assertThat(history.get("years")
                        .valueStream()
                        .map(y -> y.get("year").asInt() + y.get("grade").asString()))
                .containsExactly((year + 1) + "D", year + "A");
        assertThat(history.get("years").get(1).get("taxPerMu").decimalValue()).isEqualByComparingTo("52.5");
        assertThat(jdbc.queryForObject("SELECT grade FROM enterprise WHERE credit_code = ?", String.class, first))
                .as("the enterprise's grade is its latest year's")
                .isEqualTo("D");

        JsonNode again = imports.preview(
                "efficiency", "staff", "again.xlsx", xlsx(HEADER, List.of(List.of(first, year, "A", 52.5, 910, 3.1))));
        assertThat(counts(again)).as("the same figures again change nothing").containsEntry("unchanged", 1);
    }

    @Test
    void rowsWithFiguresButNoGradeAreGradedByTheDefaultMethod() throws Exception {
        int year = freeYear();
        List<String> codes = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String code = enterprise("亩均计算" + i);
            codes.add(code);
            List<Object> row = new ArrayList<>(List.of(code, year, "", 10 * i, 100 * i, i));
            rows.add(row);
        }
        rows.add(new ArrayList<>(List.of(enterprise("亩均无指标"), year)));
        imports.importAll("efficiency", "admin", "method.xlsx", xlsx(HEADER, rows));
        List<String> grades = new ArrayList<>();
        for (String code : codes) {
            grades.add(jdbc.queryForObject(
                    "SELECT coalesce(r.grade, '-') || r.graded_by FROM efficiency_result r JOIN enterprise e ON e.id = r.enterprise_id"
                            + " WHERE e.credit_code = ? AND r.year = ?",
                    String.class,
                    code,
                    year));
        }
        // 20 rows: the top 20 % (4) A, the next 40 % (8) B, the bottom 5 % (1) D, the rest C
        List<String> expected = new ArrayList<>();
        expected.add("DMETHOD");
        for (int i = 0; i < 7; i++) expected.add("CMETHOD");
        for (int i = 0; i < 8; i++) expected.add("BMETHOD");
        for (int i = 0; i < 4; i++) expected.add("AMETHOD");
        assertThat(grades).isEqualTo(expected);
        assertThat(jdbc.queryForObject(
                        "SELECT coalesce(grade, '-') || graded_by FROM efficiency_result WHERE year = ? AND tax_per_mu IS NULL",
                        String.class,
                        year))
                .as("a row without figures is not evaluated")
                .isEqualTo("-NONE");
        JsonNode ds = read("/api/efficiency/results?year=" + year + "&grade=D", "staff");
        assertThat(ds.get("total").asInt()).isEqualTo(1);
        assertThat(ds.get("items").get(0).get("creditCode").asString()).isEqualTo(codes.get(0));
    }

    @Test
    void onlyStaffAndAdministratorsImportOrReadResultsAndARefusalChangesNothing() throws Exception {
        int year = freeYear();
        String code = enterprise("亩均权限");
        byte[] file = xlsx(HEADER, List.of(List.of(code, year, "A", 50, 900, 3)));
        for (String user : List.of("enterprise", "manager01")) {
            MockHttpServletResponse r = imports.upload("efficiency", user, "e.xlsx", file);
            assertThat(r.getStatus()).as(user).isEqualTo(403);
            assertThat(r.getContentType()).startsWith("application/problem+json");
        }
        assertThat(imports.upload("efficiency", null, "e.xlsx", file).getStatus())
                .isEqualTo(401);
        assertThat(results(code)).isZero();
        assertThat(imports.upload("units", "staff", "u.xlsx", file).getStatus())
                .as("staff import 亩均 results only")
                .isEqualTo(403);

        imports.importAll("efficiency", "staff", "e.xlsx", file);
        long id = id(code);
        for (String path : List.of(
                "/api/efficiency/results?year=" + year,
                "/api/efficiency/enterprises/" + id,
                "/api/efficiency/parks/DG-P01",
                "/api/exports/efficiency.csv")) {
            assertThat(status(path, null)).as(path).isEqualTo(401);
            assertThat(status(path, "enterprise")).as(path).isEqualTo(403);
            assertThat(status(path, "staff")).as(path).isEqualTo(200);
            assertThat(status(path, "admin")).as(path).isEqualTo(200);
        }
        assertThat(status("/api/efficiency/results", "manager01")).isEqualTo(403);
        assertThat(status("/api/efficiency/parks/DG-P01", "manager01")).isEqualTo(403);
        assertThat(status("/api/efficiency/parks/DG-P01", "manager02")).isEqualTo(403);
        String anonymous = new String(imports.export("/api/exports/enterprises.csv", null), StandardCharsets.UTF_8);
        assertThat(anonymous.lines().findFirst().orElseThrow()).doesNotContain("grade");
        String staff = new String(imports.export("/api/exports/efficiency.csv", "staff"), StandardCharsets.UTF_8);
        assertThat(staff).contains(code);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        for (String[] bad : List.of(
                new String[] {"/api/efficiency/results?year=20x5", "year"},
                new String[] {"/api/efficiency/results?year=1800", "year"},
                new String[] {"/api/efficiency/results?grade=E", "grade"},
                new String[] {"/api/efficiency/results?park=nowhere", "park"},
                new String[] {"/api/efficiency/parks/nowhere", "code"})) {
            MockHttpServletResponse r = mvc.perform(get(bad[0]).with(httpBasic("staff", "demo")))
                    .andReturn()
                    .getResponse();
            assertThat(r.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(r.getContentType()).startsWith("application/problem+json");
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(bad[0]).contains(bad[1]);
        }
        assertThat(status("/api/efficiency/enterprises/999999999", "staff")).isEqualTo(404);
        assertThat(status("/api/efficiency/parks/DG-P98", "staff")).isEqualTo(404);
    }

    private int status(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private JsonNode read(String path, String user) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return Imports.JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private String enterprise(String name) {
        String code = TestRequests.newCreditCode();
        jdbc.update("INSERT INTO enterprise (name, credit_code) VALUES (?, ?)", name + " " + code, code);
        return code;
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM enterprise WHERE credit_code = ?", Long.class, code);
    }

    private int results(String code) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM efficiency_result r JOIN enterprise e ON e.id = r.enterprise_id WHERE e.credit_code = ?",
                Integer.class,
                code);
    }

    /** A year (and the next) that no stored result has, so that the method grades this test's rows alone. */
    private int freeYear() {
        return jdbc.queryForObject("""
                SELECT min(y) FROM generate_series(2030, 2098) y
                WHERE NOT EXISTS (SELECT 1 FROM efficiency_result WHERE year IN (y, y + 1))""", Integer.class);
    }
}
