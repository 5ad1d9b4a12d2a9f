package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.matching.StandingProjects;
import cn.dongguan.cfk.shared.HitChange;
import cn.dongguan.cfk.space.SpaceQueries;
import cn.dongguan.cfk.support.BenchProjects;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saved-search check's benchmark (issue 14, docs/benchmarks.md), not a test of the suite (its name
 * is no test's): {@code bench/saved-searches.sh} runs it against a migrated database with the sample
 * data. In one transaction that it rolls back, it saves {@code cfk.bench.searches} searches (default
 * 10,000; seven in ten of /api/spaces, the rest of /api/parcels, generated with any mix of filters),
 * then checks {@code cfk.bench.changes} changes (default 200) of random listed units, each the unit as
 * listed and with its rent 3 yuan lower, as the alert delivery does: the saved searches in one
 * statement ({@link SpaceQueries#changedHits}) and the open projects ({@link StandingProjects}: the
 * data's, and {@code cfk.bench.projects} generated ones, default none, as the reverse-match benchmark
 * makes them). The
 * baseline, on the first {@code cfk.bench.baseline} changes (default 3): the former per-search check,
 * each saved spaces search's query parsed and run against the unit before and after
 * ({@link SpaceQueries#lists}, one statement each). It prints the medians, p95 and their ratio, and
 * checks that both name the same searches.
 */
@SpringBootTest(
        properties = {
            "cfk.alert.delivery-delay=1h",
            "cfk.alert.reminder-delay=1h",
            // the database as ./run.sh (or the tests) migrated and loaded it
            "spring.flyway.enabled=false",
            "spring.datasource.url=${cfk.bench.url:jdbc:postgresql://127.0.0.1:55432/cfk}",
            "spring.datasource.username=${cfk.bench.username:cfk}",
            "spring.datasource.password=${cfk.bench.password:}"
        })
@org.springframework.test.context.ActiveProfiles("demo")
class SavedSearchBenchmark {

    private static final int SEARCHES = Integer.getInteger("cfk.bench.searches", 10_000);
    private static final int CHANGES = Integer.getInteger("cfk.bench.changes", 200);
    private static final int BASELINE = Integer.getInteger("cfk.bench.baseline", 3);
    private static final int PROJECTS = Integer.getInteger("cfk.bench.projects", 0);

    @Autowired
    SpaceQueries spaces;

    @Autowired
    StandingProjects projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient client;

    @Autowired
    TransactionTemplate tx;

    @Test
    void oneChangedUnitAgainstTheSavedSearchesAndOpenProjects() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<String[]> spaceSearches = addSearches(SEARCHES);
            if (PROJECTS > 0) {
                BenchProjects.add(jdbc, PROJECTS);
            }
            long open = jdbc.queryForObject(
                    "SELECT count(*) FROM expansion_project WHERE project_open(status) AND site_kind <> 'LAND'",
                    Long.class);
            List<String[]> pairs = changes(CHANGES);
            Map<String, Object> since = Map.of("since", Timestamp.from(Instant.now()));
            for (String[] pair : pairs.subList(0, Math.min(20, pairs.size()))) {
                spaces.changedHits(SavedCriteria.SPACE_SEARCHES, since, pair[0], pair[1]);
                projects.fitting(pair[0]);
                projects.fitting(pair[1]);
            }
            double[] searches = new double[pairs.size()];
            double[] total = new double[pairs.size()];
            double[] slow = new double[Math.min(BASELINE, pairs.size())];
            long turned = 0;
            for (int i = 0; i < pairs.size(); i++) {
                String before = pairs.get(i)[0];
                String after = pairs.get(i)[1];
                long t0 = System.nanoTime();
                List<HitChange> hits = spaces.changedHits(SavedCriteria.SPACE_SEARCHES, since, before, after);
                long t1 = System.nanoTime();
                projects.fitting(before);
                projects.fitting(after);
                long t2 = System.nanoTime();
                searches[i] = (t1 - t0) / 1e6;
                total[i] = (t2 - t0) / 1e6;
                turned += hits.size();
                if (i < slow.length) {
                    long t3 = System.nanoTime();
                    List<HitChange> perSearch = perSearch(spaceSearches, before, after);
                    slow[i] = (System.nanoTime() - t3) / 1e6;
                    assertThat(perSearch).isEqualTo(hits);
                }
            }
            System.out.printf(
                    "BENCH %d saved searches (%d of spaces), %d open projects for floor space, %d changes, %.1f searches told per change%n",
                    SEARCHES, spaceSearches.size(), open, pairs.size(), (double) turned / pairs.size());
            System.out.printf(
                    "BENCH saved searches, set-based     median %.2f ms, p95 %.2f ms%n",
                    pct(searches, 50), pct(searches, 95));
            System.out.printf(
                    "BENCH saved searches + open projects median %.2f ms, p95 %.2f ms%n",
                    pct(total, 50), pct(total, 95));
            System.out.printf(
                    "BENCH saved searches, per-search    median %.2f ms, p95 %.2f ms (first %d changes)%n",
                    pct(slow, 50), pct(slow, 95), slow.length);
            System.out.printf("BENCH ratio (median, saved searches) %.0f×%n", pct(slow, 50) / pct(searches, 50));
        });
    }

    /** The searches, saved as the API saves them (criteria and all); answers the spaces ones, id and query. */
    private List<String[]> addSearches(int count) {
        Random random = new Random(14);
        GeneratedQueries generated = new GeneratedQueries(jdbc);
        List<String[]> spaceSearches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = i % 10 < 7 ? "spaces" : "parcels";
            String query = kind.equals("spaces") ? generated.space(random) : generated.parcel(random);
            long id = jdbc.queryForObject(
                    "INSERT INTO saved_search (username, kind, query, created_at) VALUES ('staff', ?, ?, now() - interval '1 day') RETURNING id",
                    Long.class,
                    kind,
                    query);
            SavedCriteria.write(client, id, kind, SavedCriteria.of(kind, query));
            if (kind.equals("spaces")) {
                spaceSearches.add(new String[] {String.valueOf(id), query});
            }
        }
        return spaceSearches;
    }

    /** Random listed units, each as listed and with its rent 3 yuan lower (an edit that may make it fit). */
    private List<String[]> changes(int count) {
        return jdbc.query("""
                SELECT alert_listing_json(l)::text AS before,
                       (alert_listing_json(l) || jsonb_build_object('rent_yuan_m2_month',
                            greatest(0, coalesce(l.rent_yuan_m2_month, 20) - 3)))::text AS after
                FROM space_listing l ORDER BY md5(l.unit_id::text) LIMIT ?""", (rs, i) -> new String[] {rs.getString("before"), rs.getString("after")}, count);
    }

    /** The baseline: every saved spaces search checked on its own, before and after, as the delivery did. */
    private List<HitChange> perSearch(List<String[]> searches, String before, String after) {
        List<HitChange> turned = new ArrayList<>();
        for (String[] s : searches) {
            boolean was = spaces.lists(s[1], before);
            boolean is = spaces.lists(s[1], after);
            if (was != is) {
                turned.add(new HitChange(Long.parseLong(s[0]), is));
            }
        }
        turned.sort(java.util.Comparator.comparingLong(HitChange::searchId));
        return turned;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
