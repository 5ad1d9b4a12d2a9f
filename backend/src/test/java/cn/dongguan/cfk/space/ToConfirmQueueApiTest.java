package cn.dongguan.cfk.space;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 1: the to-confirm queue is an exact page from the server, for one park or all of the
 * viewer's, of one status or all; another manager's park is refused; a unit outside the parks
 * (镇村工业园) is in the administrators' queue. The test owns park DG-P13's
 * freshness: every other unit there is confirmed now. A park's units are found by number, building and status.
 */
@IntegrationTest
class ToConfirmQueueApiTest {

    private static final String PARK = "DG-P13";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    long oldestVacant;
    long vacant;
    long occupied;

    @BeforeEach
    void threeStaleUnitsAndAFreshOne() {
        long building = inventory.building(PARK);
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = now() WHERE building_id IN "
                        + "(SELECT id FROM building WHERE park_code = ?)",
                PARK);
        oldestVacant = stale(inventory.unit(building, "VACANT"), 130);
        vacant = stale(inventory.unit(building, "VACANT"), 90);
        occupied = stale(inventory.unit(building, "OCCUPIED"), 70);
        inventory.unit(building, "VACANT");
    }

    private long stale(long unit, int days) {
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = now() - make_interval(days => ?) WHERE id = ?", days, unit);
        return unit;
    }

    @Test
    void theQueueOfOneParkIsExactPagedAndFilteredByStatus() throws Exception {
        mvc.perform(get("/api/me/to-confirm").param("park", PARK).with(httpBasic("manager13", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].id")
                        .value(Matchers.contains((int) oldestVacant, (int) vacant, (int) occupied)));
        mvc.perform(get("/api/me/to-confirm")
                        .param("park", "dg-p13")
                        .param("size", "2")
                        .param("page", "1")
                        .with(httpBasic("manager13", "demo")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains((int) occupied)));
        mvc.perform(get("/api/me/to-confirm")
                        .param("park", PARK)
                        .param("status", "VACANT")
                        .with(httpBasic("manager13", "demo")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].status").value(Matchers.everyItem(Matchers.is("VACANT"))));
        mvc.perform(get("/api/me/to-confirm").with(httpBasic("manager13", "demo")))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void anAdministratorChoosesAnyParkAndAManagerOnlyTheirOwn() throws Exception {
        mvc.perform(get("/api/me/to-confirm")
                        .param("park", PARK)
                        .param("status", "OCCUPIED")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(occupied));
        mvc.perform(get("/api/me/to-confirm").param("park", PARK).with(httpBasic("manager14", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(PARK)));
        mvc.perform(get("/api/me/to-confirm").param("park", PARK).with(httpBasic("staff", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/me/to-confirm").param("park", "P13").with(httpBasic("manager13", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("park"));
        mvc.perform(get("/api/me/to-confirm").param("status", "EMPTY").with(httpBasic("manager13", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void aUnitOutsideTheParksIsInTheAdministratorsQueueAndInNoManagers() throws Exception {
        long village = inventory.oldestUnitOutsideParks();
        mvc.perform(get("/api/me/to-confirm").param("size", "1").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(village))
                .andExpect(jsonPath("$.items[0].parkCode").value(Matchers.nullValue()));
        mvc.perform(get("/api/me/to-confirm").with(httpBasic("manager13", "demo")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) village))));
        jdbc.update("UPDATE space_unit SET last_confirmed_at = now() WHERE id = ?", village);
    }

    @Test
    void aParksUnitsAreFoundByNumberOrBuildingAndStatus() throws Exception {
        String name = jdbc.queryForObject(
                "SELECT b.name FROM building b JOIN space_unit u ON u.building_id = b.id WHERE u.id = ?",
                String.class,
                occupied);
        mvc.perform(get("/api/me/units")
                        .param("park", PARK)
                        .param("q", name)
                        .param("status", "VACANT")
                        .with(httpBasic("manager13", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].buildingName").value(Matchers.everyItem(Matchers.is(name))));
        mvc.perform(get("/api/me/units")
                        .param("park", PARK)
                        .param("q", "#" + occupied)
                        .with(httpBasic("manager13", "demo")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("OCCUPIED"));
        mvc.perform(get("/api/me/units/{id}", occupied).with(httpBasic("manager13", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(occupied))
                .andExpect(jsonPath("$.stale").value(true))
                .andExpect(jsonPath("$.occupantName").isNotEmpty());
        mvc.perform(get("/api/me/units/{id}", occupied).with(httpBasic("manager14", "demo")))
                .andExpect(status().isForbidden());
    }
}
