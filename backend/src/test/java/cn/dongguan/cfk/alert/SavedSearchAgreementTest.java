package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.land.ParcelQueries;
import cn.dongguan.cfk.shared.HitChange;
import cn.dongguan.cfk.space.SpaceQueries;
import cn.dongguan.cfk.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The property behind issue 14's set-based check: for generated saved searches (every filter of
 * /api/spaces and /api/parcels, values drawn from the sample data) and changes between listings of the
 * sample (a unit or parcel appearing, disappearing, or turning from one listing into another), the one
 * statement over all stored criteria ({@code SpaceQueries.changedHits}, {@code ParcelQueries.changedHits})
 * names exactly the saved searches whose hits in /api/spaces (or /api/parcels) with the saved query
 * differ between the two, and says which way. The searches are saved through the API by accounts of
 * their own and removed afterwards.
 */
@IntegrationTest
class SavedSearchAgreementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpaceQueries spaces;

    @Autowired
    ParcelQueries parcels;

    final List<Long> searches = new ArrayList<>();

    @AfterEach
    void removeTheSearches() {
        for (long id : searches) {
            jdbc.update("DELETE FROM notification WHERE saved_search_id = ?", id);
            jdbc.update("DELETE FROM saved_search WHERE id = ?", id);
        }
    }

    @Test
    void theSetBasedCheckNamesExactlyTheSavedSpaceSearchesWhoseHitsTheChangeAlters() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        GeneratedQueries generated = new GeneratedQueries(jdbc);
        Map<Long, String> queries = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String query = generated.space(random);
            queries.put(save("manager01", "spaces", query), query);
        }
        // units of the listing at random: confirmed and unconfirmed (hidden), any floor
        List<Map<String, Object>> units = jdbc.queryForList("""
                SELECT unit_id AS id, alert_listing_json(l)::text AS listing FROM space_listing l
                ORDER BY md5(unit_id::text || ?) LIMIT 24""", seed);
        Map<Long, Set<Long>> hits = new TreeMap<>();
        for (var e : queries.entrySet()) {
            hits.put(e.getKey(), hitIds("/api/spaces", e.getValue()));
        }
        int changes = 0;
        int turns = 0;
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> a = units.get(i);
            Map<String, Object> b = units.get((i + 1) % units.size());
            String[][] cases = {
                {null, (String) a.get("listing")},
                {(String) a.get("listing"), null},
                {(String) a.get("listing"), (String) b.get("listing")}
            };
            Long[][] ids = {{null, id(a)}, {id(a), null}, {id(a), id(b)}};
            for (int k = 0; k < cases.length; k++) {
                List<HitChange> got = spaces.changedHits(
                        "saved_search_space q JOIN saved_search w ON w.id = q.id AND w.id IN (:ours)",
                        Map.of("ours", List.copyOf(queries.keySet())),
                        cases[k][0],
                        cases[k][1]);
                List<HitChange> expected = expected(hits, ids[k][0], ids[k][1]);
                assertThat(got)
                        .as("seed %d, unit %s turning into unit %s", seed, ids[k][0], ids[k][1])
                        .isEqualTo(expected);
                changes++;
                turns += expected.size();
            }
        }
        assertThat(turns)
                .as("seed %d: %d changes moved units into or out of hits", seed, changes)
                .isPositive();
    }

    @Test
    void theSetBasedCheckNamesExactlyTheSavedLandSearchesWhoseHitsTheChangeAlters() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        GeneratedQueries generated = new GeneratedQueries(jdbc);
        Map<Long, String> queries = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            String query = generated.parcel(random);
            queries.put(save("manager16", "parcels", query), query);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT id, alert_parcel_json(p)::text AS listing FROM parcel p
                ORDER BY md5(id::text || ?) LIMIT 24""", seed);
        Map<Long, Set<Long>> hits = new TreeMap<>();
        for (var e : queries.entrySet()) {
            hits.put(e.getKey(), hitIds("/api/parcels", e.getValue()));
        }
        int turns = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> a = rows.get(i);
            Map<String, Object> b = rows.get((i + 1) % rows.size());
            String[][] cases = {
                {null, (String) a.get("listing")},
                {(String) a.get("listing"), null},
                {(String) a.get("listing"), (String) b.get("listing")}
            };
            Long[][] ids = {{null, id(a)}, {id(a), null}, {id(a), id(b)}};
            for (int k = 0; k < cases.length; k++) {
                List<HitChange> got = parcels.changedHits(
                        "saved_search_parcel q JOIN saved_search w ON w.id = q.id AND w.id IN (:ours)",
                        Map.of("ours", List.copyOf(queries.keySet())),
                        cases[k][0],
                        cases[k][1]);
                List<HitChange> expected = expected(hits, ids[k][0], ids[k][1]);
                assertThat(got)
                        .as("seed %d, parcel %s turning into parcel %s", seed, ids[k][0], ids[k][1])
                        .isEqualTo(expected);
                turns += expected.size();
            }
        }
        assertThat(turns).as("seed %d: parcels moved into or out of hits", seed).isPositive();
    }

    /** The searches whose hits hold {@code before} and not {@code after}, or the other way round, by search id. */
    private static List<HitChange> expected(Map<Long, Set<Long>> hits, Long before, Long after) {
        List<HitChange> expected = new ArrayList<>();
        hits.forEach((search, ids) -> {
            boolean was = before != null && ids.contains(before);
            boolean is = after != null && ids.contains(after);
            if (was != is) {
                expected.add(new HitChange(search, is));
            }
        });
        return expected;
    }

    private static Long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    /** Every hit of the search with this query, page by page. */
    private Set<Long> hitIds(String path, String query) throws Exception {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            String body = mvc.perform(get(URI.create(path + "?" + query + "&size=500&page=" + page)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Number> items = JsonPath.read(body, "$.items[*].id");
            items.forEach(n -> ids.add(n.longValue()));
            if (items.size() < 500) {
                return ids;
            }
        }
    }

    private long save(String user, String kind, String query) throws Exception {
        String body = mvc.perform(post("/api/me/saved-searches")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"" + kind + "\", \"query\": \"" + query + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        searches.add(id);
        return id;
    }
}
