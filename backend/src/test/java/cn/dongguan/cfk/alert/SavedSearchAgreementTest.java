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
import cn.dongguan.cfk.support.WriteRequests;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
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

    /** A kind of saved search: its account, how many, its generator, its rows, its search and its set-based check. */
    private record Kind(
            String user,
            String kind,
            int count,
            BiFunction<GeneratedQueries, Random, String> query,
            String rows,
            String path,
            String stored,
            Checker checker) {}

    @FunctionalInterface
    private interface Checker {
        List<HitChange> changedHits(String searches, Map<String, ?> params, String before, String after);
    }

    @Test
    void theSetBasedCheckNamesExactlyTheSavedSpaceSearchesWhoseHitsTheChangeAlters() throws Exception {
        // units at random among those whose figures the bounds are drawn from: filters on their edge
        check(new Kind(
                "manager01",
                "spaces",
                40,
                GeneratedQueries::space,
                """
                SELECT unit_id AS id, alert_listing_json(l)::text AS doc
                FROM space_listing l WHERE l.unit_id IN (SELECT unit_id FROM space_listing ORDER BY unit_id LIMIT 200)
                ORDER BY md5(unit_id::text || ?) LIMIT 40""",
                "/api/spaces",
                "saved_search_space",
                spaces::changedHits));
    }

    @Test
    void theSetBasedCheckNamesExactlyTheSavedLandSearchesWhoseHitsTheChangeAlters() throws Exception {
        check(new Kind(
                "manager16",
                "parcels",
                30,
                GeneratedQueries::parcel,
                """
                SELECT id, alert_parcel_json(p)::text AS doc
                FROM parcel p WHERE p.id IN (SELECT id FROM parcel ORDER BY id LIMIT 100)
                ORDER BY md5(id::text || ?) LIMIT 40""",
                "/api/parcels",
                "saved_search_parcel",
                parcels::changedHits));
    }

    /**
     * Saves generated searches of the kind, reads each one's hits from its search, then checks random
     * changes: a row appearing, disappearing, and turning into the next one.
     */
    private void check(Kind k) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        GeneratedQueries generated = new GeneratedQueries(jdbc);
        Map<Long, Set<Long>> hits = new TreeMap<>();
        for (int i = 0; i < k.count(); i++) {
            String query = k.query().apply(generated, random);
            hits.put(save(k.user(), k.kind(), query), hitIds(k.path(), query));
        }
        List<Map<String, Object>> rows = jdbc.queryForList(k.rows(), seed);
        String searches = k.stored() + " q JOIN saved_search w ON w.id = q.id AND w.id IN (:ours)";
        Map<String, Object> ours = Map.of("ours", List.copyOf(hits.keySet()));
        int turns = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> a = rows.get(i);
            Map<String, Object> b = rows.get((i + 1) % rows.size());
            Map<?, ?>[][] cases = {{null, a}, {a, null}, {a, b}};
            for (Map<?, ?>[] c : cases) {
                List<HitChange> got = k.checker().changedHits(searches, ours, row(c[0]), row(c[1]));
                List<HitChange> expected = expected(hits, id(c[0]), id(c[1]));
                assertThat(got)
                        .as("seed %d, %s %s turning into %s", seed, k.kind(), id(c[0]), id(c[1]))
                        .isEqualTo(expected);
                turns += expected.size();
            }
        }
        assertThat(turns)
                .as("seed %d: the changes moved rows into or out of hits", seed)
                .isPositive();
    }

    private static String row(Map<?, ?> row) {
        return row == null ? null : (String) row.get("doc");
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

    private static Long id(Map<?, ?> row) {
        return row == null ? null : ((Number) row.get("id")).longValue();
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
        long id = WriteRequests.idOf(mvc.perform(post("/api/me/saved-searches")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"" + kind + "\", \"query\": \"" + query + "\"}")));
        searches.add(id);
        return id;
    }
}
