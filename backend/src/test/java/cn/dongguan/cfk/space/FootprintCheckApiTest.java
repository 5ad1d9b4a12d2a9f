package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13 item 3: a footprint being drawn is checked as a save would check it (park, town, overlap),
 * and nothing is written, whatever the answer. Park DG-P27, on free ground found for each test.
 */
@IntegrationTest
class FootprintCheckApiTest {

    private static final String PARK = "DG-P27";
    private static final String MANAGER = "manager27";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    private static String draft(String park, String geometry) {
        return "{\"parkCode\": \"" + park + "\", \"geometry\": " + geometry + "}";
    }

    private ResultActions check(String body, String user) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/buildings/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request);
    }

    @Test
    void aFreeFootprintInTheParkIsAcceptedWithItsTownAndAreaAndNothingIsWritten() throws Exception {
        Box box = land.inPark(PARK, 40);
        long buildings = inventory.count("building");
        double area = jdbc.queryForObject(
                "SELECT ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)::geography)", Double.class, box.polygon());
        check(draft(PARK, box.polygon()), MANAGER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townCode").value(inventory.townAt(box.polygon())))
                .andExpect(jsonPath("$.footprintAreaM2").value(Math.round(area)));
        assertThat(inventory.count("building")).isEqualTo(buildings);
    }

    @Test
    void aFootprintOverANeighbourIsRefusedNamingTheNeighbourAsASaveWould() throws Exception {
        Box box = land.inPark(PARK, 60);
        long neighbour = createBuilding(box.part(0, 0, 0.5, 1));
        long buildings = inventory.count("building");
        check(draft(PARK, box.part(0.3, 0.2, 0.9, 0.8).polygon()), MANAGER)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.overlapsBuildingId").value(neighbour))
                .andExpect(jsonPath("$.detailZh", containsString("重叠")))
                .andExpect(jsonPath("$.detailEn", containsString("overlaps building " + neighbour)));
        // touching is fine, as on save
        check(draft(PARK, box.part(0.5, 0, 1, 1).polygon()), MANAGER).andExpect(status().isOk());
        assertThat(inventory.count("building")).isEqualTo(buildings);
    }

    @Test
    void aFootprintReachingOutOfTheParkIsRefusedWithWhere() throws Exception {
        Box inTown = land.inTownOutsideParks(
                jdbc.queryForObject("SELECT min(town_code) FROM park_town WHERE park_code = ?", String.class, PARK),
                40);
        check(draft(PARK, inTown.polygon()), MANAGER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("outside park " + PARK)))
                .andExpect(jsonPath("$.location.type").value("Point"));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        check(draft(PARK, "{\"type\": \"Point\", \"coordinates\": [113.7, 23.0]}"), MANAGER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"));
        check(draft("P-NOPE", land.inPark(PARK, 20).polygon()), MANAGER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("parkCode"));
        check("{\"parkCode\": \"" + PARK + "\"}", MANAGER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"));
    }

    @Test
    void onlyWhoMayWriteTheParkMayCheckAFootprintInIt() throws Exception {
        String body = draft(PARK, land.inPark(PARK, 20).polygon());
        check(body, null).andExpect(status().isUnauthorized());
        check(body, "manager01").andExpect(status().isForbidden());
        check(body, "enterprise").andExpect(status().isForbidden());
        check(body, "staff").andExpect(status().isForbidden());
        check(body, "admin").andExpect(status().isOk());
        // outside the parks: administrators only
        String town =
                jdbc.queryForObject("SELECT min(town_code) FROM park_town WHERE park_code = ?", String.class, PARK);
        String outside = "{\"geometry\": " + land.inTownOutsideParks(town, 20).polygon() + "}";
        check(outside, MANAGER).andExpect(status().isForbidden());
        check(outside, "admin").andExpect(status().isOk());
    }

    private long createBuilding(Box box) throws Exception {
        String body = "{\"parkCode\": \"" + PARK + "\", \"name\": \"" + Inventory.unique("邻楼")
                + "\", \"type\": \"标准厂房\", \"floors\": 2, \"geometry\": " + box.polygon() + "}";
        String answer = mvc.perform(post("/api/buildings")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return cn.dongguan.cfk.support.WriteRequests.JSON
                .readTree(answer)
                .get("id")
                .asLong();
    }
}
