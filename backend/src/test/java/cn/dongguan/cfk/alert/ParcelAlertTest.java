package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Saved land searches (kind parcels, queries of /api/parcels) tell their owners when a parcel starts
 * or stops being a hit. Each test has a parcel of its own, and its queries name a box around it only.
 */
@IntegrationTest
class ParcelAlertTest {

    static final String PARK = "DG-P07";
    static final String MANAGER = "manager07";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    AlertDelivery delivery;

    long parcel;
    String box;
    final List<Long> searches = new ArrayList<>();

    @BeforeEach
    void aParcelOfItsOwn() {
        parcel = inventory.parcel(PARK, Inventory.unique("TEST-A"));
        box = jdbc.queryForObject("""
                SELECT concat_ws(',', ST_XMin(e) - 0.00001, ST_YMin(e) - 0.00001, ST_XMax(e) + 0.00001, ST_YMax(e) + 0.00001)
                FROM (SELECT ST_Envelope(geom) AS e FROM parcel WHERE id = ?) b""", String.class, parcel);
        deliverAll();
    }

    @AfterEach
    void removeWhatTheTestMade() {
        for (long id : searches) {
            jdbc.update("DELETE FROM notification WHERE saved_search_id = ?", id);
            jdbc.update("DELETE FROM saved_search WHERE id = ?", id);
        }
        jdbc.update("DELETE FROM parcel WHERE id = ?", parcel);
        deliverAll();
    }

    private void deliverAll() {
        while (jdbc.queryForObject("SELECT count(*) FROM alert_change", Long.class) > 0) {
            delivery.deliver();
        }
    }

    private String ours(String filters) {
        return "bbox=" + box + (filters.isEmpty() ? "" : "&" + filters);
    }

    private ResultActions save(String user, String query) throws Exception {
        return mvc.perform(post("/api/me/saved-searches")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"parcels\", \"query\": \"" + query + "\"}"));
    }

    private long saved(String user, String query) throws Exception {
        String body = save(user, query)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        searches.add(id);
        return id;
    }

    private List<Map<String, Object>> told(long search) {
        return jdbc.queryForList("SELECT * FROM notification WHERE saved_search_id = ? ORDER BY id", search);
    }

    private boolean listed(String query) throws Exception {
        String body = mvc.perform(get(java.net.URI.create("/api/parcels?" + query + "&size=500")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        return ids.stream().anyMatch(id -> id.longValue() == parcel);
    }

    @Test
    void aWatcherIsToldWhenTheParcelIsSuppliedAndWhenItIsOfferedAgain() throws Exception {
        long watches = saved("enterprise", ours("status=AVAILABLE&planningUse=M2"));
        deliverAll();
        assertThat(told(watches))
                .as("saving tells nothing of what already fits")
                .isEmpty();
        long version = jdbc.queryForObject("SELECT version FROM parcel WHERE id = ?", Long.class, parcel);
        mvc.perform(patch("/api/parcels/{id}", parcel)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"status\": \"SUPPLIED\"}"))
                .andExpect(status().isOk());
        deliverAll();
        assertThat(told(watches)).singleElement().satisfies(n -> {
            assertThat(n).containsEntry("fits", false).containsEntry("subject_kind", "parcel");
            assertThat((String) n.get("what")).contains("已出让").contains("no longer available");
            assertThat((String) n.get("subject_name")).startsWith("地块 TEST-A");
        });
        jdbc.update("UPDATE parcel SET status = 'AVAILABLE' WHERE id = ?", parcel);
        deliverAll();
        assertThat(told(watches)).hasSize(2).last().satisfies(n -> assertThat(n).containsEntry("fits", true));
        mvc.perform(get("/api/me/notifications").with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subjectKind").value("parcel"))
                .andExpect(jsonPath("$.items[0].subjectId").value((int) parcel));
    }

    /**
     * The property: for generated land queries and random changes of the parcel, each owner is told
     * exactly when the parcel enters or leaves /api/parcels with that query, and which way.
     */
    @Test
    void aWatcherIsToldExactlyWhenTheParcelEntersOrLeavesTheHitsOfTheQuery() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> filters = new ArrayList<>();
            if (random.nextBoolean()) filters.add("minAreaMu=" + pick(random, "1", "2", "2.4"));
            if (random.nextBoolean()) filters.add("maxAreaMu=" + pick(random, "2.4", "2.5", "5"));
            if (random.nextBoolean())
                filters.add("status=" + pick(random, "AVAILABLE", "RESERVE", "AVAILABLE,RESERVE"));
            if (random.nextBoolean()) filters.add("planningUse=" + pick(random, "M2", "M1,M2", "W"));
            if (random.nextInt(3) == 0)
                filters.add("availableBy=" + java.time.LocalDate.now().plusDays(90));
            String query = ours(String.join("&", filters));
            queries.add(query);
            ids.add(saved("enterprise", query));
        }
        queries.add(ours(""));
        ids.add(saved("enterprise", ours("")));
        String[] changes = {
            "status = 'SUPPLIED'",
            "status = 'AVAILABLE'",
            "status = 'RESERVE', earliest_supply_date = current_date + 30",
            "status = 'RESERVE', earliest_supply_date = current_date + 200",
            "earliest_supply_date = NULL",
            "planning_use = 'W'",
            "planning_use = 'M1'",
            "planning_use = 'M2'",
            "area_m2 = 1400",
            "area_m2 = 1700",
            "area_m2 = 3000"
        };
        int[] toldBefore = new int[queries.size()];
        int transitions = 0;
        for (int step = 0; step < 10; step++) {
            boolean[] before = new boolean[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                before[i] = listed(queries.get(i));
            }
            String change = step < 2 ? changes[step] : changes[random.nextInt(changes.length)];
            jdbc.update("UPDATE parcel SET " + change + " WHERE id = ?", parcel);
            deliverAll();
            for (int i = 0; i < queries.size(); i++) {
                boolean after = listed(queries.get(i));
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
                .as("seed %d: the parcel went in and out of hits", seed)
                .isGreaterThanOrEqualTo(2);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
