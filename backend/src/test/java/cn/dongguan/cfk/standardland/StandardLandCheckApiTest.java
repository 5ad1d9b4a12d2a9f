package cn.dongguan.cfk.standardland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * 达产 checks (issue 16): staff record a supplied 标准地 parcel's actual figures of a year and list the
 * parcels that fall short, by which indicator and by how much; others are refused and nothing changes.
 * The test's parcels are its own: sample parcels given indicators of its choosing, rolled back.
 */
@IntegrationTest
@Transactional
class StandardLandCheckApiTest {

    private static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long supplied;
    private long other;
    private long available;
    private String park;

    /** Two supplied parcels of one park, each exactly 15 亩: 300 万元/亩 investment, 20 tax, 500 output, 0.05 energy. */
    @BeforeEach
    void parcels() {
        park = jdbc.queryForObject("""
                SELECT park_code FROM parcel WHERE park_code IS NOT NULL AND status = 'SUPPLIED'
                GROUP BY park_code HAVING count(*) >= 2 ORDER BY park_code LIMIT 1""", String.class);
        var ids = jdbc.queryForList(
                "SELECT id FROM parcel WHERE park_code = ? AND status = 'SUPPLIED' ORDER BY id LIMIT 2",
                Long.class,
                park);
        supplied = ids.get(0);
        other = ids.get(1);
        available = jdbc.queryForObject("SELECT min(id) FROM parcel WHERE status = 'AVAILABLE'", Long.class);
        jdbc.update("DELETE FROM standard_land_check WHERE parcel_id IN (?, ?)", supplied, other);
        jdbc.update("""
                UPDATE parcel SET area_m2 = 10000, min_investment_wan_yuan_mu = 300, min_tax_wan_yuan_mu = 20,
                       min_output_wan_yuan_mu = 500, max_energy_tce_wan_yuan = 0.05 WHERE id IN (?, ?, ?)""", supplied, other, available);
    }

    private ResultActions record(String user, long parcel, Object year, String body) throws Exception {
        var request = put("/api/standard-land/parcels/{id}/checks/{year}", parcel, year)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return mvc.perform(user == null ? request : request.with(httpBasic(user, "demo")));
    }

    private int checks() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM standard_land_check WHERE parcel_id IN (?, ?, ?)",
                Integer.class,
                supplied,
                other,
                available);
    }

    @Test
    void staffRecordAYearAndSeeWhatFallsShortByHowMuch() throws Exception {
        // 3,000 万元 over 15 亩 is 200 万元/亩; tax 150 → 10 万元/亩; output 9,000 → 600; energy 900 → 0.1
        record("staff", supplied, YEAR, """
                        {"investmentWanYuan": 3000, "taxWanYuan": 150, "outputWanYuan": 9000, "energyTce": 900}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.areaMu").value(15.0))
                .andExpect(jsonPath("$.minInvestmentWanYuanMu").value(300.0))
                .andExpect(jsonPath("$.shortfalls.length()").value(3))
                .andExpect(jsonPath("$.shortfalls[0].indicator").value("investmentIntensity"))
                .andExpect(jsonPath("$.shortfalls[0].actual").value(200.0))
                .andExpect(jsonPath("$.shortfalls[0].gap").value(100.0))
                .andExpect(jsonPath("$.shortfalls[0].reasonZh").value("投资强度 200 万元/亩，低于标准地要求的 300 万元/亩"))
                .andExpect(jsonPath("$.shortfalls[1].indicator").value("taxPerMu"))
                .andExpect(jsonPath("$.shortfalls[1].gap").value(10.0))
                .andExpect(jsonPath("$.shortfalls[2].indicator").value("energyPerOutput"))
                .andExpect(jsonPath("$.shortfalls[2].actual").value(0.1))
                .andExpect(jsonPath("$.recordedBy").value("staff"));
        // the other parcel meets every indicator exactly
        record("admin", other, YEAR, """
                        {"investmentWanYuan": 4500, "taxWanYuan": 300, "outputWanYuan": 7500, "energyTce": 375}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shortfalls.length()").value(0));

        mvc.perform(get("/api/standard-land/shortfalls?park=" + park).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].parcelId").value(supplied))
                .andExpect(jsonPath("$.items[0].shortfalls[0].required").value(300.0));

        // a later year that keeps every indicator takes the parcel off the list; the year asked still shows it
        record("staff", supplied, YEAR + 1, """
                        {"investmentWanYuan": 4600, "taxWanYuan": 320}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shortfalls.length()").value(0));
        mvc.perform(get("/api/standard-land/shortfalls?park=" + park).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/standard-land/shortfalls?park=" + park + "&year=" + YEAR)
                        .with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/standard-land/parcels/{id}/checks", supplied).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].year").value(YEAR + 1));
    }

    @Test
    void recordingAYearAgainReplacesItsFigures() throws Exception {
        record("staff", supplied, YEAR, "{\"investmentWanYuan\": 3000}").andExpect(status().isOk());
        record("staff", supplied, YEAR, "{\"investmentWanYuan\": 4500}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.investmentWanYuan").value(4500.0))
                .andExpect(jsonPath("$.shortfalls.length()").value(0));
        assertThat(checks()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "{\"investmentWanYuan\": -1}                  | 2024 | investmentWanYuan",
                "{\"taxWanYuan\": \"lots\"}                   | 2024 | taxWanYuan",
                "{\"outputWanYuan\": 1, \"colour\": \"red\"}   | 2024 | colour",
                "{}                                           | 2024 | investmentWanYuan",
                "{\"energyTce\": 1, \"enterpriseId\": 999999999} | 2024 | enterpriseId",
                "{\"energyTce\": 1}                           | 1999 | year",
                "{\"energyTce\": 1}                           | 2999 | year",
                "[1, 2]                                       | 2024 | ''",
            })
    void badInputIsRefusedNamingTheFieldAndChangesNothing(String body, int year, String field) throws Exception {
        ResultActions answer = record("staff", supplied, year, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        if (!field.isEmpty()) {
            answer.andExpect(jsonPath("$.field").value(field));
        }
        assertThat(checks()).isZero();
    }

    @Test
    void landNotYetSuppliedOrWithoutIndicatorsHasNoChecks() throws Exception {
        record("staff", available, YEAR, "{\"investmentWanYuan\": 3000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("parcelId"));
        jdbc.update("""
                UPDATE parcel SET min_investment_wan_yuan_mu = NULL, min_tax_wan_yuan_mu = NULL,
                       min_output_wan_yuan_mu = NULL, max_energy_tce_wan_yuan = NULL WHERE id = ?""", other);
        record("staff", other, YEAR, "{\"investmentWanYuan\": 3000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("parcelId"));
        record("staff", 999_999_999L, YEAR, "{\"investmentWanYuan\": 3000}").andExpect(status().isNotFound());
        mvc.perform(get("/api/standard-land/parcels/999999999/checks").with(httpBasic("staff", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/standard-land/shortfalls?park=nonsense!").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("park"));
        mvc.perform(get("/api/standard-land/shortfalls?size=100000").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        assertThat(checks()).isZero();
    }

    @Test
    void onlyStaffAndAdministratorsRecordOrReadAndNothingChangesOtherwise() throws Exception {
        String owner = "manager" + park.substring(park.length() - 2);
        record(null, supplied, YEAR, "{\"investmentWanYuan\": 3000}").andExpect(status().isUnauthorized());
        record("enterprise", supplied, YEAR, "{\"investmentWanYuan\": 3000}").andExpect(status().isForbidden());
        record(owner, supplied, YEAR, "{\"investmentWanYuan\": 3000}").andExpect(status().isForbidden());
        assertThat(checks()).isZero();
        record("staff", supplied, YEAR, "{\"investmentWanYuan\": 3000}").andExpect(status().isOk());
        for (String path :
                new String[] {"/api/standard-land/shortfalls", "/api/standard-land/parcels/" + supplied + "/checks"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(httpBasic("enterprise", "demo"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(httpBasic(owner, "demo"))).andExpect(status().isForbidden());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(path))
                    .andExpect(status().isUnauthorized());
        }
        record("enterprise", supplied, YEAR, "{\"investmentWanYuan\": 9000}").andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "SELECT investment_wan_yuan FROM standard_land_check WHERE parcel_id = ?",
                        Double.class,
                        supplied))
                .isEqualTo(3000.0);
    }
}
