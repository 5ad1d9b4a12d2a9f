package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.support.WriteRequests.JSON;
import static cn.dongguan.cfk.support.WriteRequests.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import cn.dongguan.cfk.support.MutableClock;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A park manager adds a unit to one of their buildings: confirmed now, and its first occupancy event.
 * Each test adds to a building of its own in park DG-P29 (3 floors, 2400 m²).
 */
@IntegrationTest
class UnitWriteApiTest {

    private static final String PARK = "DG-P29";
    private static final String MANAGER = "manager29";
    private static final String UNIT = """
            {"floorFrom": 2, "floorTo": 2, "areaM2": 800, "status": "VACANT", "ceilingHeightM": 5.2,
             "floorLoadKgM2": 800, "powerKva": 250, "rentYuanM2Month": 22.5, "availableFrom": "2027-01-01"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Inventory inventory;

    long building;

    @BeforeEach
    void fixtures() {
        building = inventory.building(PARK, 3, 2400);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewUnitIsConfirmedNowAndRecordedAsItsFirstOccupancyEvent() throws Exception {
        Instant now = Instant.parse("2026-05-04T03:00:00Z");
        clock.pin(now);

        String response = mvc.perform(post("/api/buildings/{id}/units", building)
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UNIT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/units/\\d+")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.buildingId").value(building))
                .andExpect(jsonPath("$.parkCode").value(PARK))
                .andExpect(jsonPath("$.floorFrom").value(2))
                .andExpect(jsonPath("$.floorTo").value(2))
                .andExpect(jsonPath("$.areaM2").value(800))
                .andExpect(jsonPath("$.vacantAreaM2").value(800))
                .andExpect(jsonPath("$.ceilingHeightM").value(5.2))
                .andExpect(jsonPath("$.floorLoadKgM2").value(800))
                .andExpect(jsonPath("$.powerKva").value(250))
                .andExpect(jsonPath("$.rentYuanM2Month").value(22.5))
                .andExpect(jsonPath("$.status").value("VACANT"))
                .andExpect(jsonPath("$.availableFrom").value("2027-01-01"))
                .andExpect(jsonPath("$.lastConfirmedAt").value("2026-05-04T03:00:00Z"))
                .andExpect(jsonPath("$.stale").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(response).get("id").asLong();

        mvc.perform(get("/api/units/{id}/history", id).with(httpBasic(MANAGER, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].actor").value(MANAGER))
                .andExpect(jsonPath("$[0].source").value("API"))
                .andExpect(jsonPath("$[0].occurredAt").value("2026-05-04T03:00:00Z"))
                .andExpect(jsonPath("$[0].before").value(nullValue()))
                .andExpect(jsonPath("$[0].after.status").value("VACANT"))
                .andExpect(jsonPath("$[0].after.vacantAreaM2").value(800))
                .andExpect(jsonPath("$[0].after.rentYuanM2Month").value(22.5));
        mvc.perform(get("/api/buildings/{id}", building))
                .andExpect(jsonPath("$.units[?(@.id == " + id + ")].status").value("VACANT"));
    }

    @Test
    void anOccupiedUnitHasNoVacantAreaAndItsOccupantShowsToItsManager() throws Exception {
        long enterprise = jdbc.queryForObject("SELECT min(id) FROM enterprise", Long.class);
        String response = mvc.perform(post("/api/buildings/{id}/units", building)
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"floorFrom\": 1, \"floorTo\": 3, \"areaM2\": 600, \"status\": \"OCCUPIED\", \"occupantEnterpriseId\": "
                                        + enterprise + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.vacantAreaM2").value(0))
                .andExpect(jsonPath("$.occupant.id").value(enterprise))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(response).get("id").asLong();
        mvc.perform(get("/api/units/{id}", id)).andExpect(jsonPath("$.occupant").doesNotExist());
    }

    @Test
    void aUnitAddedThroughTheSignedInWebAppIsRecordedAsAFormChange() throws Exception {
        // the session lives in PostgreSQL (Spring Session): the web app holds only its cookie
        Cookie session = mvc.perform(formLogin("/login").user(MANAGER).password("demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        String response = mvc.perform(post("/api/buildings/{id}/units", building)
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UNIT))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(response).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT source FROM occupancy_event WHERE unit_id = ?", String.class, id))
                .isEqualTo("FORM");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"floorFrom\": 0                           | floorFrom",
                "\"floorFrom\": null                        | floorFrom",
                "\"floorFrom\": 99, \"floorTo\": 99         | floorFrom",
                "\"floorFrom\": 3, \"floorTo\": 2           | floorTo",
                "\"floorTo\": 99                            | floorTo",
                "\"areaM2\": 0                              | areaM2",
                "\"areaM2\": -10                            | areaM2",
                "\"areaM2\": 99999999                       | areaM2",
                "\"areaM2\": \"big\"                        | areaM2",
                "\"vacantAreaM2\": 801                      | vacantAreaM2",
                "\"vacantAreaM2\": 0                        | vacantAreaM2",
                "\"status\": \"OCCUPIED\", \"vacantAreaM2\": 10 | vacantAreaM2",
                "\"status\": \"RESERVED\", \"vacantAreaM2\": 5  | vacantAreaM2",
                "\"status\": \"EMPTY\"                      | status",
                "\"status\": null                           | status",
                "\"rentYuanM2Month\": -1                    | rentYuanM2Month",
                "\"ceilingHeightM\": 0                      | ceilingHeightM",
                "\"floorLoadKgM2\": -300                    | floorLoadKgM2",
                "\"powerKva\": \"lots\"                     | powerKva",
                "\"availableFrom\": \"soon\"                | availableFrom",
                "\"occupantEnterpriseId\": 987654321        | occupantEnterpriseId",
                "\"occupantEnterpriseId\": -1               | occupantEnterpriseId",
                "\"salePrice\": 5000                        | salePrice",
            })
    void badUnitsAreRefusedNamingTheFieldAndChangeNothing(String override, String field) throws Exception {
        long units = inventory.count("space_unit");
        long events = inventory.count("occupancy_event");

        mvc.perform(post("/api/buildings/{id}/units", building)
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(merged(UNIT, override)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
        assertThat(inventory.count("space_unit")).isEqualTo(units);
        assertThat(inventory.count("occupancy_event")).isEqualTo(events);
    }

    @Test
    void aUnitOfAnUnknownBuildingIs404() throws Exception {
        mvc.perform(post("/api/buildings/{id}/units", 987654321L)
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UNIT))
                .andExpect(status().isNotFound());
    }
}
