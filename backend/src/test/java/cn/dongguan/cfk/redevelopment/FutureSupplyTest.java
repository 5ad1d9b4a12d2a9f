package cn.dongguan.cfk.redevelopment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Future supply (issue 16): a building a redevelopment project in 在建 is putting up lists its units in
 * the space search with 在建 and the expected completion, is matched as available from that date (a
 * near miss when the project needs it sooner), leaves today's park figures and stock alone, and turns
 * into ordinary supply when the project is 竣工. Each test's rows are rolled back.
 */
@IntegrationTest
@Transactional
class FutureSupplyTest {

    private static final String PARK = "DG-P05";
    /** A unit no sample unit resembles: 2777 m², 15 m high, 3000 kg/m². */
    private static final int AREA = 2777;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate expected = today.plusDays(200);
    long project;
    long building;
    long unit;

    @BeforeEach
    void aProjectUnderConstruction() {
        Inventory inventory = new Inventory(jdbc);
        long area = jdbc.queryForObject("""
                INSERT INTO village_area (name, town_code, renewal_class, geom)
                SELECT ?, b.town_code, '拆', ST_Multi(ST_Envelope(ST_Buffer(b.geom, 0.0001)))
                FROM building b ORDER BY b.id LIMIT 1 RETURNING id""", Long.class, Inventory.unique("测试村 "));
        project = jdbc.queryForObject("""
                INSERT INTO redevelopment_project (area_id, name, stage, expected_floor_area_m2, expected_completion)
                VALUES (?, '旧厂房拆建', 'CONSTRUCTION', 9000, ?) RETURNING id""", Long.class, area, expected);
        building = inventory.building(PARK, 3, 9000);
        unit = jdbc.queryForObject("""
                INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, vacant_area_m2, status,
                                        ceiling_height_m, floor_load_kg_m2, rent_yuan_m2_month, last_confirmed_at)
                VALUES (?, 1, 1, ?, ?, 'VACANT', 15, 3000, 25, now()) RETURNING id""", Long.class, building, AREA, AREA);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(
                user == null ? request.with(csrf()) : request.with(csrf()).with(httpBasic(user, "demo")));
    }

    private ResultActions link(long building, String user) throws Exception {
        return send(
                post("/api/redevelopment/projects/" + project + "/buildings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"buildingId\": " + building + "}"),
                user);
    }

    private void linked() throws Exception {
        link(building, "staff").andExpect(status().isOk()).andExpect(jsonPath("$.buildingIds", contains((int)
                building)));
    }

    private ResultActions search(String query) throws Exception {
        return send(get("/api/spaces?park=" + PARK + "&minArea=" + AREA + "&maxArea=" + AREA + query), null)
                .andExpect(status().isOk());
    }

    private String hit(long unit) {
        return "$.items[?(@.id == " + unit + ")]";
    }

    private ResultActions preview(LocalDate neededBy) throws Exception {
        return send(
                        post("/api/matching/preview")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"siteKind": "SPACE", "minAreaM2": 2700, "maxAreaM2": 2800,
                                         "minCeilingHeightM": 15, "minFloorLoadKgM2": 3000,
                                         "preferredParks": ["%s"], "locationHard": true, "neededBy": "%s"}""".formatted(PARK, neededBy)),
                        "staff")
                .andExpect(status().isOk());
    }

    private String item(String list) {
        return "$." + list + "[?(@.buildingId == " + building + ")]";
    }

    private void complete() throws Exception {
        String etag = send(get("/api/redevelopment/projects/" + project), "staff")
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        send(
                        post("/api/redevelopment/projects/" + project + "/stage")
                                .header("If-Match", etag)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"stage\": \"COMPLETED\"}"),
                        "staff")
                .andExpect(status().isOk());
    }

    @Test
    void theSearchListsFutureSupplyWithItsExpectedDateUnlessToldNotTo() throws Exception {
        linked();
        search("")
                .andExpect(jsonPath(hit(unit) + ".underConstruction", contains(true)))
                .andExpect(jsonPath(hit(unit) + ".expectedCompletion", contains(expected.toString())))
                .andExpect(jsonPath(hit(unit) + ".availableFrom", contains(expected.toString())));
        search("&futureSupply=only").andExpect(jsonPath(hit(unit) + ".underConstruction", contains(true)));
        search("&futureSupply=exclude").andExpect(jsonPath(hit(unit), empty()));
        search("&availableBy=" + expected.minusDays(1)).andExpect(jsonPath(hit(unit), empty()));
        search("&availableBy=" + expected).andExpect(jsonPath(hit(unit) + ".id", contains((int) unit)));

        send(get("/api/buildings/" + building), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.underConstruction").value(true))
                .andExpect(jsonPath("$.expectedCompletion").value(expected.toString()));
    }

    private ResultActions reschedule(String body, String user) throws Exception {
        return send(
                post("/api/redevelopment/projects/" + project + "/expected-completion")
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                user);
    }

    private String etag() throws Exception {
        return send(get("/api/redevelopment/projects/" + project), "staff")
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    @Test
    void aNewExpectedDateMovesTheUnitsWithIt() throws Exception {
        linked();
        LocalDate later = expected.plusDays(45);
        reschedule("{\"expectedCompletion\": \"" + later + "\"}", "staff")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedCompletion").value(later.toString()))
                .andExpect(jsonPath("$.stage").value("CONSTRUCTION"));
        search("")
                .andExpect(jsonPath(hit(unit) + ".expectedCompletion", contains(later.toString())))
                .andExpect(jsonPath(hit(unit) + ".availableFrom", contains(later.toString())));
        assertThat(stockVacant(later))
                .isEqualByComparingTo(stockVacant(later.minusDays(1)).add(BigDecimal.valueOf(AREA)));
    }

    @Test
    void aNewDateIsForStaffAndABadOneChangesNothing() throws Exception {
        linked();
        reschedule("{\"expectedCompletion\": \"" + expected.plusDays(9) + "\"}", "enterprise")
                .andExpect(status().isForbidden());
        reschedule("{\"expectedCompletion\": \"" + expected.plusDays(9) + "\"}", "manager05")
                .andExpect(status().isForbidden());
        reschedule("{\"expectedCompletion\": \"soon\"}", "staff")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("expectedCompletion"));
        reschedule("{}", "staff")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("expectedCompletion"));
        assertThat(jdbc.queryForObject(
                        "SELECT expected_completion FROM redevelopment_project WHERE id = ?", LocalDate.class, project))
                .isEqualTo(expected);
        search("").andExpect(jsonPath(hit(unit) + ".expectedCompletion", contains(expected.toString())));
    }

    @Test
    void aProjectNeedingTheSpaceAfterTheExpectedDateIsMatchedToItWithTheDate() throws Exception {
        linked();
        preview(expected.plusDays(60))
                .andExpect(jsonPath(item("items") + ".facts.underConstruction", contains(true)))
                .andExpect(jsonPath(item("items") + ".facts.expectedCompletion", contains(expected.toString())))
                .andExpect(jsonPath(item("items") + ".facts.availableFrom", contains(expected.toString())))
                .andExpect(jsonPath(
                        item("items") + ".criteria[?(@.name == 'readiness')].reasonZh",
                        hasItem(containsString("在建，预计 " + expected + " 竣工"))))
                .andExpect(jsonPath(
                        item("items") + ".criteria[?(@.name == 'readiness')].reasonEn",
                        hasItem(containsString("Under construction"))));
    }

    @Test
    void aProjectNeedingItSoonerGetsItAsANearMissNamingTheDate() throws Exception {
        linked();
        LocalDate neededBy = expected.minusDays(30);
        preview(neededBy)
                .andExpect(jsonPath(item("items"), empty()))
                .andExpect(jsonPath(item("nearMisses") + ".failed[*].filter", contains("availability")))
                .andExpect(jsonPath(
                        item("nearMisses") + ".failed[*].reasonZh",
                        contains(containsString("在建，预计 " + expected + " 起可用，晚于需要日期 " + neededBy))));
    }

    @Test
    void completionMakesItOrdinarySupply() throws Exception {
        linked();
        complete();
        search("")
                .andExpect(jsonPath(hit(unit) + ".underConstruction", contains(false)))
                .andExpect(jsonPath(hit(unit) + ".availableFrom", contains((Object) null)));
        search("&futureSupply=only").andExpect(jsonPath(hit(unit), empty()));
        send(get("/api/buildings/" + building), null)
                .andExpect(jsonPath("$.underConstruction").value(false));
        preview(today.plusDays(10))
                .andExpect(jsonPath(item("items") + ".facts.underConstruction", contains(false)))
                .andExpect(jsonPath(item("items") + ".facts.availableFrom", contains((Object) null)));
    }

    private BigDecimal parkVacant() {
        return jdbc.queryForObject(
                "SELECT vacant_area_m2 FROM park_figures WHERE park_code = ?", BigDecimal.class, PARK);
    }

    /** The park's stock on the day, as the statistics read it: {@code vacant_area_m2} or {@code floor_area_m2}. */
    private BigDecimal stock(String figure, LocalDate day) {
        return jdbc.queryForObject(
                "SELECT coalesce(sum(" + figure + "), 0) FROM stock_as_of(?) WHERE park_code = ?",
                BigDecimal.class,
                day,
                PARK);
    }

    private BigDecimal stockVacant(LocalDate day) {
        return stock("vacant_area_m2", day);
    }

    private BigDecimal stockFloor(LocalDate day) {
        return stock("floor_area_m2", day);
    }

    @Test
    void futureSupplyIsNotVacantStockTodayButIsOnItsExpectedDateAndOnceCompleted() throws Exception {
        BigDecimal parkWith = parkVacant();
        BigDecimal todayWith = stockVacant(today);
        BigDecimal floorWith = stockFloor(today);
        linked();
        BigDecimal area = BigDecimal.valueOf(AREA);
        assertThat(parkVacant()).isEqualByComparingTo(parkWith.subtract(area));
        assertThat(stockVacant(today)).isEqualByComparingTo(todayWith.subtract(area));
        assertThat(stockFloor(today)).isEqualByComparingTo(floorWith.subtract(BigDecimal.valueOf(9000)));
        assertThat(stockVacant(expected))
                .isEqualByComparingTo(stockVacant(expected.minusDays(1)).add(area));

        // a unit let before completion is let when the building enters the stock, not today
        jdbc.update("UPDATE space_unit SET status = 'RESERVED', vacant_area_m2 = 0 WHERE id = ?", unit);
        assertThat(stockVacant(today)).isEqualByComparingTo(todayWith.subtract(area));
        assertThat(stockVacant(expected)).isEqualByComparingTo(stockVacant(expected.minusDays(1)));
        jdbc.update("UPDATE space_unit SET status = 'VACANT', vacant_area_m2 = ? WHERE id = ?", AREA, unit);

        complete();
        assertThat(parkVacant()).isEqualByComparingTo(parkWith);
        assertThat(stockVacant(today)).isEqualByComparingTo(todayWith);
        assertThat(stockFloor(today)).isEqualByComparingTo(floorWith);
    }

    @ParameterizedTest
    @CsvSource(value = {"enterprise, 403", "manager05, 403", "'', 401"})
    void onlyStaffLinkBuildingsAndARefusalChangesNothing(String user, int expectedStatus) throws Exception {
        Map<String, Object> before = jdbc.queryForMap(
                "SELECT redevelopment_project_id, version, started_on FROM building WHERE id = ?", building);
        link(building, user.isEmpty() ? null : user)
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForMap(
                        "SELECT redevelopment_project_id, version, started_on FROM building WHERE id = ?", building))
                .isEqualTo(before);
        search("").andExpect(jsonPath(hit(unit) + ".underConstruction", contains(false)));
    }

    @Test
    void badLinksAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        send(
                        post("/api/redevelopment/projects/" + project + "/buildings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"),
                        "staff")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("buildingId"));
        link(Long.MAX_VALUE, "staff")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("buildingId"))
                .andExpect(jsonPath("$.detailZh").value(containsString("不存在")))
                .andExpect(jsonPath("$.detailEn").value(containsString("no building")));
        jdbc.update("UPDATE redevelopment_project SET stage = 'DEMOLITION' WHERE id = ?", project);
        link(building, "staff")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"))
                .andExpect(jsonPath("$.detailZh").value(containsString("在建")));
        assertThat(jdbc.queryForObject(
                        "SELECT redevelopment_project_id FROM building WHERE id = ?", Long.class, building))
                .isNull();
    }

    @Test
    void anUnknownFutureSupplyValueIsA400NamingIt() throws Exception {
        send(get("/api/spaces?futureSupply=maybe"), null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("futureSupply"))
                .andExpect(jsonPath("$.detailZh").value(containsString("futureSupply")));
    }

    @Test
    void aBuildingOfAnotherProjectIsNotTaken() throws Exception {
        linked();
        long other = jdbc.queryForObject("""
                INSERT INTO redevelopment_project (area_id, name, stage, expected_floor_area_m2, expected_completion)
                SELECT area_id, '另一项目', 'CONSTRUCTION', 100, ? FROM redevelopment_project WHERE id = ?
                RETURNING id""", Long.class, today.plusDays(30), project);
        send(
                        post("/api/redevelopment/projects/" + other + "/buildings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"buildingId\": " + building + "}"),
                        "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("buildingId"));
        search("").andExpect(jsonPath(hit(unit) + ".expectedCompletion", contains(expected.toString())));
    }
}
