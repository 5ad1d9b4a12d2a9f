package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Saved searches tell their owners when a unit starts or stops being a hit: once per change and
 * search, whoever delivers. Each test watches a building of its own (its saved queries name the
 * building, so no other unit is a hit of them) and removes what it made.
 */
@IntegrationTest
class AlertApiTest {

    static final String PARK = "DG-P03";
    static final String MANAGER = "manager03";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    AlertDelivery delivery;

    long building;
    String buildingName;
    final List<Long> searches = new ArrayList<>();

    @BeforeEach
    void aBuildingOfItsOwn() {
        building = inventory.building(PARK);
        buildingName = jdbc.queryForObject("SELECT name FROM building WHERE id = ?", String.class, building);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        for (long id : searches) {
            jdbc.update("DELETE FROM notification WHERE saved_search_id = ?", id);
            jdbc.update("DELETE FROM saved_search WHERE id = ?", id);
        }
        // a building whose units have occupancy events stays (the events are append-only)
        jdbc.update("""
                DELETE FROM building b WHERE id = ? AND NOT EXISTS (
                    SELECT 1 FROM occupancy_event e JOIN space_unit u ON u.id = e.unit_id WHERE u.building_id = b.id)""", building);
        deliverAll();
    }

    private String ours(String filters) {
        // %20, not +, for the space: MockMvc reads a query's + as a plus, a servlet container as a space
        String q = URLEncoder.encode(buildingName, StandardCharsets.UTF_8).replace("+", "%20");
        return "q=" + q + (filters.isEmpty() ? "" : "&" + filters);
    }

    private ResultActions save(String user, String kind, String query) throws Exception {
        return mvc.perform(post("/api/me/saved-searches")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"" + kind + "\", \"query\": " + quoted(query) + "}"));
    }

    private long saved(String user, String query) throws Exception {
        String body = save(user, "spaces", query)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        searches.add(id);
        return id;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Delivers every committed change, as the scheduled delivery would within a second. */
    private void deliverAll() {
        while (jdbc.queryForObject("SELECT count(*) FROM alert_change", Long.class) > 0) {
            delivery.deliver();
        }
    }

    private List<Map<String, Object>> told(long search) {
        return jdbc.queryForList("SELECT * FROM notification WHERE saved_search_id = ? ORDER BY id", search);
    }

    private boolean listed(String query, long unit) throws Exception {
        // a URI, not a template: the query is already encoded as a browser would send it
        String body = mvc.perform(get(java.net.URI.create("/api/spaces?" + query + "&size=500")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        return ids.stream().anyMatch(id -> id.longValue() == unit);
    }

    @Test
    void aWatcherIsToldWhenAUnitIsLetWhenItIsVacantAgainAndWhenItsRentGoesAbove() throws Exception {
        long unit = inventory.unit(building, "VACANT"); // 500 m², 20 yuan
        long watches = saved("enterprise", ours("maxRent=25"));
        long tooBig = saved("staff", ours("minArea=600"));
        deliverAll();
        assertThat(told(watches))
                .as("saving tells nothing of what already fits")
                .isEmpty();

        long enterprise = jdbc.queryForObject("SELECT min(id) FROM enterprise", Long.class);
        mvc.perform(patch("/api/units/{id}", unit)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"" + inventory.unitVersion(unit) + "\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"status\": \"OCCUPIED\", \"occupantEnterpriseId\": " + enterprise + "}"))
                .andExpect(status().isOk());
        deliverAll();
        assertThat(told(watches)).singleElement().satisfies(n -> {
            assertThat(n).containsEntry("fits", false).containsEntry("subject_id", unit);
            assertThat((String) n.get("what")).contains("已出租").contains("no longer available");
            assertThat((String) n.get("subject_name")).startsWith(buildingName);
        });

        jdbc.update(
                "UPDATE space_unit SET status = 'VACANT', vacant_area_m2 = 500, occupant_enterprise_id = NULL WHERE id = ?",
                unit);
        deliverAll();
        assertThat(told(watches)).hasSize(2).last().satisfies(n -> assertThat(n).containsEntry("fits", true));

        mvc.perform(patch("/api/units/{id}", unit)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"" + inventory.unitVersion(unit) + "\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"rentYuanM2Month\": 30}"))
                .andExpect(status().isOk());
        deliverAll();
        assertThat(told(watches)).hasSize(3).last().satisfies(n -> assertThat(n).containsEntry("fits", false));
        assertThat(told(tooBig)).as("a unit that never fits tells nothing").isEmpty();

        mvc.perform(get("/api/me/notifications").with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subjectId").value((int) unit))
                .andExpect(jsonPath("$.items[0].fits").value(false))
                .andExpect(jsonPath("$.items[0].read").value(false));
        long unread = jdbc.queryForObject(
                "SELECT count(*) FROM notification WHERE username = 'enterprise' AND read_at IS NULL", Long.class);
        mvc.perform(get("/api/me/notifications").with(httpBasic("enterprise", "demo")))
                .andExpect(jsonPath("$.unread").value((int) unread));
        mvc.perform(post("/api/me/notifications/read")
                        .with(httpBasic("enterprise", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/api/me/notifications").with(httpBasic("staff", "demo")))
                .andExpect(jsonPath(
                        "$.items[*].subjectId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) unit))));
    }

    @Test
    void aChangeIsDeliveredOnceEvenWhenTwoInstancesDeliverAtOnce() throws Exception {
        long unit = inventory.unit(building, "VACANT");
        long watches = saved("enterprise", ours(""));
        for (int round = 0; round < 5; round++) {
            jdbc.update(
                    "UPDATE space_unit SET status = CASE WHEN status = 'VACANT' THEN 'RESERVED' ELSE 'VACANT' END,"
                            + " vacant_area_m2 = CASE WHEN status = 'VACANT' THEN 0 ELSE 500 END WHERE id = ?",
                    unit);
        }
        // two deliveries on their own connections race for the same outbox rows (and the scheduled one may join)
        CompletableFuture<Void> one = CompletableFuture.runAsync(this::deliverAll);
        CompletableFuture<Void> two = CompletableFuture.runAsync(this::deliverAll);
        CompletableFuture.allOf(one, two).join();
        List<Map<String, Object>> notes = told(watches);
        assertThat(notes).hasSize(5);
        assertThat(notes.stream().map(n -> n.get("change_id")).distinct()).hasSize(5);
        assertThat(notes).extracting(n -> n.get("fits")).containsExactly(false, true, false, true, false);
    }

    /**
     * The property: for generated saved queries and a sequence of random changes of one unit, each
     * query's owner is told exactly when the unit enters or leaves /api/spaces with that query, and
     * told which way.
     */
    @Test
    void aWatcherIsToldExactlyWhenTheUnitEntersOrLeavesTheHitsOfTheQuery() throws Exception {
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        long unit = inventory.unit(building, "VACANT");
        jdbc.update("UPDATE space_unit SET ceiling_height_m = 6 WHERE id = ?", unit);
        List<String> queries = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String> filters = new ArrayList<>();
            if (random.nextBoolean()) filters.add("minArea=" + pick(random, 300, 450, 500, 800));
            if (random.nextBoolean()) filters.add("maxArea=" + pick(random, 800, 1000, 2000));
            if (random.nextBoolean()) filters.add("maxRent=" + pick(random, 15, 20, 25, 35));
            if (random.nextInt(3) == 0) filters.add("minCeilingHeight=" + pick(random, 4, 6, 8));
            if (random.nextInt(4) == 0) filters.add("groundFloor=" + random.nextBoolean());
            if (random.nextInt(4) == 0) filters.add("park=" + (random.nextBoolean() ? PARK : "DG-P04"));
            String query = ours(String.join("&", filters));
            queries.add(query);
            ids.add(saved("enterprise", query));
        }
        String[] changes = {
            "rent_yuan_m2_month = 12",
            "rent_yuan_m2_month = 22",
            "rent_yuan_m2_month = 30",
            "vacant_area_m2 = 300",
            "vacant_area_m2 = 450",
            "vacant_area_m2 = 500",
            "status = 'RESERVED', vacant_area_m2 = 0",
            "status = 'VACANT', vacant_area_m2 = 500",
            "ceiling_height_m = 5",
            "ceiling_height_m = 9",
            "last_confirmed_at = now() - interval '130 days'",
            "last_confirmed_at = now()"
        };
        queries.add(ours(""));
        ids.add(saved("enterprise", ours("")));
        int[] toldBefore = new int[queries.size()];
        int transitions = 0;
        for (int step = 0; step < 10; step++) {
            boolean[] before = new boolean[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                before[i] = listed(queries.get(i), unit);
            }
            // the first two steps let the unit and make it vacant again, so every run moves it out and in
            String change = step < 2 ? changes[6 + step] : changes[random.nextInt(changes.length)];
            if (change.startsWith("vacant_area_m2")) {
                change += ", status = 'VACANT'";
            }
            jdbc.update("UPDATE space_unit SET " + change + " WHERE id = ?", unit);
            deliverAll();
            for (int i = 0; i < queries.size(); i++) {
                boolean after = listed(queries.get(i), unit);
                List<Map<String, Object>> notes = told(ids.get(i));
                String what = "seed %d, step %d (%s), query %s, listed before %s after %s, told %s"
                        .formatted(seed, step, change, queries.get(i), before[i], after, notes);
                assertThat(notes.size() - toldBefore[i]).as(what).isEqualTo(before[i] != after ? 1 : 0);
                if (before[i] != after) {
                    assertThat(notes.get(notes.size() - 1)).as(what).containsEntry("fits", after);
                    transitions++;
                }
                toldBefore[i] = notes.size();
            }
        }
        assertThat(transitions)
                .as("seed %d: the unit went in and out of hits", seed)
                .isGreaterThanOrEqualTo(2);
    }

    private static int pick(java.util.Random random, int... values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void savedSearchesAreTheOwnersAlone() throws Exception {
        long mine = saved("enterprise", ours("maxRent=25"));
        mvc.perform(get("/api/me/saved-searches").with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem((int) mine)));
        mvc.perform(get("/api/me/saved-searches").with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) mine))));
        mvc.perform(delete("/api/me/saved-searches/{id}", mine).with(httpBasic("staff", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/me/saved-searches")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/me/saved-searches/{id}", mine).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saved_search WHERE id = ?", Long.class, mine))
                .isZero();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "spaces  | minArea=abc          | minArea",
                "spaces  | minArea=5&maxArea=2  | minArea",
                "spaces  | town=changan&town=X  | town",
                "spaces  | sort=rent            | sort",
                "spaces  | fireClass=X          | fireClass",
                "spaces  | groundFloor=maybe    | groundFloor",
                "parcels | minArea=10           | minArea",
                "parcels | minAreaMu=x          | minAreaMu",
                "parcels | status=SOLD          | status",
                "lands   | minAreaMu=10         | kind",
                "spaces  | ' '                  | query"
            })
    void aQueryTheSearchWouldRefuseIsNotSaved(String kind, String query, String field) throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM saved_search", Long.class);
        save("enterprise", kind, query)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM saved_search", Long.class))
                .isEqualTo(before);
    }
}
