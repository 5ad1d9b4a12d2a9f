package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.support.WriteRequests.MERGE_PATCH;
import static cn.dongguan.cfk.support.WriteRequests.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import cn.dongguan.cfk.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A park manager keeps their units current: merge patches under If-Match, history, confirmations.
 * Each test works on units made for it, in a building of its own in park DG-P21.
 */
@IntegrationTest
class OccupancyApiTest {

    private static final String PARK = "DG-P21";
    private static final String MANAGER = "manager21";

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
        building = inventory.building(PARK);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aManagerLetsAVacantUnitAndTheChangeIsRecorded() throws Exception {
        long id = inventory.unit(building, "VACANT");
        long version = inventory.unitVersion(id);
        long enterprise = jdbc.queryForObject("SELECT min(id) FROM enterprise", Long.class);

        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(version))
                        .contentType(MERGE_PATCH)
                        .content("{\"status\":\"OCCUPIED\",\"occupantEnterpriseId\":" + enterprise
                                + ",\"rentYuanM2Month\":26.5}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.status").value("OCCUPIED"))
                .andExpect(jsonPath("$.vacantAreaM2").value(0))
                .andExpect(jsonPath("$.rentYuanM2Month").value(26.5))
                .andExpect(jsonPath("$.occupant.id").value(enterprise))
                .andExpect(jsonPath("$.stale").value(false));

        mvc.perform(get("/api/units/{id}/history", id).with(httpBasic(MANAGER, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].actor").value(MANAGER))
                .andExpect(jsonPath("$[0].source").value("API"))
                .andExpect(jsonPath("$[0].before.status").value("VACANT"))
                .andExpect(jsonPath("$[0].after.status").value("OCCUPIED"))
                .andExpect(jsonPath("$[0].after.occupantEnterpriseId").value(enterprise))
                .andExpect(jsonPath("$[0].occupantNames['" + enterprise + "']")
                        .value(jdbc.queryForObject(
                                "SELECT name FROM enterprise WHERE id = ?", String.class, enterprise)));
        mvc.perform(get("/api/units/{id}/history", id).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void aPatchWithoutIfMatchIsRefusedWith428AndChangesNothing() throws Exception {
        long id = inventory.unit(building, "VACANT");
        Map<String, Object> before = inventory.unitRow(id);
        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MERGE_PATCH)
                        .content("{\"rentYuanM2Month\":30}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("If-Match"));
        assertThat(inventory.unitRow(id)).isEqualTo(before);
    }

    @Test
    void aPatchWithAStaleETagIsRefusedWith412AndChangesNothing() throws Exception {
        long id = inventory.unit(building, "VACANT");
        long version = inventory.unitVersion(id);
        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(version))
                        .contentType(MERGE_PATCH)
                        .content("{\"rentYuanM2Month\":31}"))
                .andExpect(status().isOk());
        Map<String, Object> before = inventory.unitRow(id);
        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(version))
                        .contentType(MERGE_PATCH)
                        .content("{\"rentYuanM2Month\":40}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detailZh", containsString("重新加载")));
        assertThat(inventory.unitRow(id)).isEqualTo(before);
        assertThat(inventory.events(id)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"vacantAreaM2\": 99999999}                          | vacantAreaM2",
                "{\"vacantAreaM2\": -1}                                | vacantAreaM2",
                "{\"status\": \"OCCUPIED\", \"vacantAreaM2\": 10}      | vacantAreaM2",
                "{\"status\": \"VACANT\", \"vacantAreaM2\": 0}         | vacantAreaM2",
                "{\"status\": \"EMPTY\"}                               | status",
                "{\"status\": 3}                                       | status",
                "{\"rentYuanM2Month\": -2}                             | rentYuanM2Month",
                "{\"rentYuanM2Month\": \"cheap\"}                      | rentYuanM2Month",
                "{\"availableFrom\": \"next week\"}                    | availableFrom",
                "{\"occupantEnterpriseId\": 987654321}                 | occupantEnterpriseId",
                "{\"occupantEnterpriseId\": -4}                        | occupantEnterpriseId",
                "{\"areaM2\": 5}                                       | areaM2",
                "[1, 2]                                                | body",
                "{\"status\":                                          | body"
            })
    void badPatchesAreRefusedNamingTheFieldAndChangeNothing(String body, String field) throws Exception {
        long id = inventory.unit(building, "VACANT");
        Map<String, Object> before = inventory.unitRow(id);
        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(inventory.unitVersion(id)))
                        .contentType(MERGE_PATCH)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
        assertThat(inventory.unitRow(id)).isEqualTo(before);
        assertThat(inventory.events(id)).isZero();
    }

    @Test
    void confirmingKeepsAListingFreshWithoutAnOccupancyEvent() throws Exception {
        long id = inventory.unit(building, "OCCUPIED");
        jdbc.update("UPDATE space_unit SET last_confirmed_at = now() - interval '90 days' WHERE id = ?", id);
        mvc.perform(get("/api/units/{id}", id)).andExpect(jsonPath("$.stale").value(true));
        mvc.perform(post("/api/units/{id}/confirm", id).with(httpBasic(MANAGER, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stale").value(false));
        Instant confirmed = ((java.sql.Timestamp) inventory.unitRow(id).get("last_confirmed_at")).toInstant();
        assertThat(confirmed).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(inventory.events(id)).isZero();
    }

    @Test
    void bulkConfirmationIsAllOrNothing() throws Exception {
        long a = inventory.unit(building, "OCCUPIED");
        long b = inventory.unit(building, "OCCUPIED");
        long elsewhere = inventory.unitInPark("DG-P22", "OCCUPIED");
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = now() - interval '70 days' WHERE id IN (?, ?, ?)",
                a,
                b,
                elsewhere);
        Map<String, Object> beforeA = inventory.unitRow(a);

        mvc.perform(post("/api/units/confirm")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + a + "," + b + "," + elsewhere + "]}"))
                .andExpect(status().isForbidden());
        assertThat(inventory.unitRow(a)).isEqualTo(beforeA);

        mvc.perform(post("/api/units/confirm")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + a + "," + b + ", 99999999]}"))
                .andExpect(status().isNotFound());
        assertThat(inventory.unitRow(a)).isEqualTo(beforeA);

        mvc.perform(post("/api/units/confirm")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitIds"));

        mvc.perform(post("/api/units/confirm")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + a + "," + b + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(2));
        mvc.perform(get("/api/units/{id}", a)).andExpect(jsonPath("$.stale").value(false));
        mvc.perform(get("/api/units/{id}", b)).andExpect(jsonPath("$.stale").value(false));
    }

    @Test
    void theToConfirmQueueHoldsTheManagersUnitsOlderThanSixtyDaysOldestFirst() throws Exception {
        // Freshness counts whole days of Dongguan's calendar (space.Freshness): stale when confirmed before
        // the start of the local day 60 days ago.
        java.time.ZoneId dongguan = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate today = java.time.LocalDate.now(dongguan);
        Instant now = today.atTime(10, 0).atZone(dongguan).toInstant();
        Instant staleCut = today.minusDays(60).atStartOfDay(dongguan).toInstant();
        clock.pin(now);
        long inP23 = inventory.building("DG-P23");
        long exactlySixty = inventory.unit(inP23, "OCCUPIED");
        long justOver = inventory.unit(inP23, "OCCUPIED");
        long oldest = inventory.unit(inP23, "OCCUPIED");
        jdbc.update("UPDATE space_unit SET last_confirmed_at = now() WHERE building_id IN "
                + "(SELECT id FROM building WHERE park_code = 'DG-P23')");
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = ? WHERE id = ?",
                java.sql.Timestamp.from(staleCut),
                exactlySixty);
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = ? WHERE id = ?",
                java.sql.Timestamp.from(staleCut.minusSeconds(1)),
                justOver);
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(121))),
                oldest);

        mvc.perform(get("/api/me/to-confirm").with(httpBasic("manager23", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(oldest))
                .andExpect(jsonPath("$.items[0].hiddenFromSearch").value(true))
                .andExpect(jsonPath("$.items[0].daysSinceConfirmed").value(121))
                .andExpect(jsonPath("$.items[1].id").value(justOver))
                .andExpect(jsonPath("$.items[1].hiddenFromSearch").value(false));
        mvc.perform(get("/api/units/{id}", exactlySixty))
                .andExpect(jsonPath("$.stale").value(false));
        mvc.perform(get("/api/units/{id}", justOver))
                .andExpect(jsonPath("$.stale").value(true));

        clock.pin(today.plusDays(1).atStartOfDay(dongguan).toInstant());
        mvc.perform(get("/api/me/to-confirm").with(httpBasic("manager23", "demo")))
                .andExpect(jsonPath("$.total").value(3));

        mvc.perform(get("/api/stats/freshness").with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.parkCode == 'DG-P23')].stale").value(3))
                .andExpect(jsonPath("$[?(@.parkCode == 'DG-P23')].hiddenFromSearch")
                        .value(1))
                .andExpect(jsonPath("$[?(@.parkCode == 'DG-P23')].oldestUnitId").value(Math.toIntExact(oldest)));
        mvc.perform(get("/api/me/to-confirm").with(httpBasic("staff", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/me/to-confirm?size=501").with(httpBasic("manager23", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void anEditConfirmsTheListingToo() throws Exception {
        long id = inventory.unit(building, "VACANT");
        jdbc.update("UPDATE space_unit SET last_confirmed_at = now() - interval '100 days' WHERE id = ?", id);
        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(inventory.unitVersion(id)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"availableFrom\":\"2027-03-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availableFrom").value("2027-03-01"))
                .andExpect(jsonPath("$.stale").value(false));
    }

    /** A patch that changes nothing changes nothing: no new version, no confirmation, no event. */
    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"status\":\"VACANT\",\"vacantAreaM2\":500,\"rentYuanM2Month\":20.00}"})
    void aPatchThatChangesNothingLeavesTheVersionTheConfirmationAndTheHistory(String body) throws Exception {
        long id = inventory.unit(building, "VACANT");
        jdbc.update("UPDATE space_unit SET last_confirmed_at = now() - interval '70 days' WHERE id = ?", id);
        Map<String, Object> before = inventory.unitRow(id);
        long version = inventory.unitVersion(id);

        mvc.perform(patch("/api/units/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(version))
                        .contentType(MERGE_PATCH)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag(version)))
                .andExpect(jsonPath("$.stale").value(true));

        assertThat(inventory.unitRow(id)).isEqualTo(before);
        assertThat(inventory.events(id)).isZero();
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(d.toSeconds(), ChronoUnit.SECONDS);
    }

    @Test
    void aManagerListsTheirParksUnitsWithOccupantsListingsToConfirmFirst() throws Exception {
        long stale = inventory.unit(building, "OCCUPIED");
        jdbc.update("UPDATE space_unit SET last_confirmed_at = now() - interval '61 days' WHERE id = ?", stale);
        mvc.perform(get("/api/me/units")
                        .param("park", PARK)
                        .param("size", "500")
                        .with(httpBasic(MANAGER, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total")
                        .value(jdbc.queryForObject(
                                "SELECT count(*) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = ?",
                                Integer.class,
                                PARK)))
                .andExpect(jsonPath("$.items[0].stale").value(true))
                .andExpect(jsonPath("$.items[?(@.status == 'OCCUPIED')].occupantName")
                        .isNotEmpty());
        mvc.perform(get("/api/me/units").param("park", PARK).with(httpBasic("manager22", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/me/units").param("park", PARK).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/me/units").param("park", PARK)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/units").param("park", "P21").with(httpBasic(MANAGER, "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("park"));
    }

    @Test
    void enterprisesCanBeFoundByStaffAndManagersButNotByThePublic() throws Exception {
        String name = jdbc.queryForObject("SELECT name FROM enterprise ORDER BY id LIMIT 1", String.class);
        mvc.perform(get("/api/enterprises").param("q", name).with(httpBasic(MANAGER, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value(name))
                .andExpect(jsonPath("$[0].contactName").doesNotExist());
        mvc.perform(get("/api/enterprises").param("q", name)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/enterprises").param("q", name).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises").param("limit", "0").with(httpBasic("staff", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("limit"));
    }
}
