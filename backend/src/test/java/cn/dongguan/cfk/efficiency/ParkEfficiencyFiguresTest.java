package cn.dongguan.cfk.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A park's 亩均 figures (issue 16) in its details and in the statistics: over the enterprises occupying
 * its units, the year's grade counts and mean 亩均税收 and 亩均营业收入; the city's over every occupant
 * once. Staff and administrators only, not the park's own manager. A year of its own, rolled back.
 */
@IntegrationTest
@Transactional
class ParkEfficiencyFiguresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = 2098;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aParksFiguresAreItsOccupantsResultsOfTheYear() throws Exception {
        String park = "DG-P03";
        List<Long> occupants = jdbc.sql("""
                        SELECT DISTINCT u.occupant_enterprise_id FROM space_unit u JOIN building b ON b.id = u.building_id
                        WHERE b.park_code = ? AND u.occupant_enterprise_id IS NOT NULL ORDER BY 1""").param(park).query(Long.class).list();
        assertThat(occupants).as("the park has three occupants or more").hasSizeGreaterThanOrEqualTo(3);
        result(occupants.get(0), "A", "40.00", "900.00");
        result(occupants.get(1), "B", "20.00", "300.00");
        result(occupants.get(2), "D", null, "60.00");

        JsonNode details = json("/api/efficiency/parks/" + park + "?year=" + YEAR, "staff");
        assertThat(details.get("parkCode").asString()).isEqualTo(park);
        assertThat(details.get("year").asInt()).isEqualTo(YEAR);
        assertThat(details.get("occupants").asInt()).isEqualTo(occupants.size());
        assertThat(details.get("evaluated").asInt()).isEqualTo(3);
        assertThat(List.of(
                        details.get("gradeA").asInt(),
                        details.get("gradeB").asInt(),
                        details.get("gradeC").asInt(),
                        details.get("gradeD").asInt()))
                .containsExactly(1, 1, 0, 1);
        assertThat(details.get("meanTaxPerMu").decimalValue())
                .as("the mean over the occupants that have the figure")
                .isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(details.get("meanRevenuePerMu").decimalValue()).isEqualByComparingTo(new BigDecimal("420.00"));

        JsonNode stats = json("/api/stats/efficiency?year=" + YEAR, "admin");
        assertThat(stats.get("year").asInt()).isEqualTo(YEAR);
        JsonNode inStats = stats.get("parks")
                .valueStream()
                .filter(p -> p.get("parkCode").asString().equals(park))
                .findFirst()
                .orElseThrow();
        assertThat(inStats).as("the statistics say what the park's details say").isEqualTo(details);
        assertThat(stats.get("parks").size())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM park")
                        .query(Integer.class)
                        .single());
        long cityOccupants = jdbc.sql("SELECT count(DISTINCT occupant_enterprise_id) FROM space_unit")
                .query(Long.class)
                .single();
        JsonNode city = stats.get("city");
        assertThat(city.get("occupants").asLong()).isEqualTo(cityOccupants);
        assertThat(city.get("evaluated").asInt()).isEqualTo(3);
        assertThat(city.get("gradeA").asInt()).isEqualTo(1);
        assertThat(city.get("meanTaxPerMu").decimalValue()).isEqualByComparingTo(new BigDecimal("30.00"));
    }

    @Test
    void onlyStaffAndAdministratorsSeeAParksFigures() throws Exception {
        String park = "DG-P03";
        for (String path : List.of("/api/efficiency/parks/" + park, "/api/stats/efficiency")) {
            assertThat(status(path, null)).as(path).isEqualTo(401);
            assertThat(status(path, "enterprise")).as(path).isEqualTo(403);
            assertThat(status(path, "manager03"))
                    .as("%s: not even the park's own manager", path)
                    .isEqualTo(403);
            assertThat(status(path, "staff")).as(path).isEqualTo(200);
            assertThat(status(path, "admin")).as(path).isEqualTo(200);
        }
        assertThat(status("/api/stats/efficiency?year=20x5", "staff")).isEqualTo(400);
    }

    private void result(long enterprise, String grade, String tax, String revenue) {
        jdbc.sql("""
                        INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by, tax_per_mu, revenue_per_mu)
                        VALUES (?, ?, ?, 'BUREAU', CAST(? AS numeric), CAST(? AS numeric))""")
                .param(enterprise)
                .param(YEAR)
                .param(grade)
                .param(tax)
                .param(revenue)
                .update();
    }

    private JsonNode json(String path, String user) throws Exception {
        MockHttpServletResponse r =
                mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
