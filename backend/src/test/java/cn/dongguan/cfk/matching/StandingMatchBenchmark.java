package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.BenchProjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reverse match's benchmark (issue 14, docs/benchmarks.md), not a test of the suite (its name
 * is no test's): {@code bench/standing.sh} runs it against the city-scale database. In one
 * transaction that it rolls back, it adds {@code cfk.bench.projects} open projects (default 10,000)
 * with generated requirements, then checks {@code cfk.bench.changes} changes (default 200) of
 * random listed units, each the unit before and after a rent change, against every open project:
 * once through {@link StandingProjects} (one set-based statement over the projects, the filters'
 * own tests on what it keeps) and once as a per-project baseline (one statement per open project,
 * the same conditions and tests) on the first {@code cfk.bench.baseline} changes (default 3). It
 * prints the median and p95 of each and their ratio, and checks that both give the same projects.
 */
@SpringBootTest(
        properties = {
            "cfk.alert.delivery-delay=1h",
            "cfk.alert.reminder-delay=1h",
            // the database as ./run.sh --scale city migrated it
            "spring.flyway.enabled=false",
            "spring.datasource.url=${cfk.bench.url:jdbc:postgresql://127.0.0.1:55432/cfk_city}",
            "spring.datasource.username=${cfk.bench.username:cfk}",
            "spring.datasource.password=${cfk.bench.password:}"
        })
@org.springframework.test.context.ActiveProfiles("demo")
class StandingMatchBenchmark {

    @Autowired
    StandingProjects standing;

    @Autowired
    cn.dongguan.cfk.project.ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void oneChangedUnitAgainstTheStandingProjects() {
        int count = Integer.getInteger("cfk.bench.projects", 10_000);
        int changes = Integer.getInteger("cfk.bench.changes", 200);
        int baseline = Integer.getInteger("cfk.bench.baseline", 3);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            BenchProjects.add(jdbc, count);
            long open = jdbc.queryForObject(
                    "SELECT count(*) FROM expansion_project WHERE project_open(status) AND site_kind <> 'LAND'",
                    Long.class);
            List<String[]> pairs = changes(changes);
            // warm-up: plans, JIT
            for (String[] pair : pairs.subList(0, Math.min(20, pairs.size()))) {
                standing.fitting(pair[0]);
                standing.fitting(pair[1]);
            }
            double[] fast = new double[pairs.size()];
            double[] slow = new double[Math.min(baseline, pairs.size())];
            long fits = 0;
            for (int i = 0; i < pairs.size(); i++) {
                long t0 = System.nanoTime();
                List<StandingProjects.Fit> before = standing.fitting(pairs.get(i)[0]);
                List<StandingProjects.Fit> after = standing.fitting(pairs.get(i)[1]);
                fast[i] = (System.nanoTime() - t0) / 1e6;
                fits += before.size() + after.size();
                if (i < slow.length) {
                    long t1 = System.nanoTime();
                    List<Long> perProjectBefore = perProject(pairs.get(i)[0]);
                    List<Long> perProjectAfter = perProject(pairs.get(i)[1]);
                    slow[i] = (System.nanoTime() - t1) / 1e6;
                    assertThat(perProjectBefore).isEqualTo(ids(before));
                    assertThat(perProjectAfter).isEqualTo(ids(after));
                }
            }
            System.out.printf(
                    "BENCH %d open projects for floor space, %d changes (unit before and after), %.1f fits per change%n",
                    open, pairs.size(), (double) fits / pairs.size());
            System.out.printf("BENCH set-based   median %.2f ms, p95 %.2f ms%n", pct(fast, 50), pct(fast, 95));
            System.out.printf(
                    "BENCH per-project median %.2f ms, p95 %.2f ms (first %d changes)%n",
                    pct(slow, 50), pct(slow, 95), slow.length);
            System.out.printf("BENCH ratio (median) %.0f×%n", pct(slow, 50) / pct(fast, 50));
        });
    }

    /** Random listed units, each as listed and with its rent 3 yuan lower (an edit that may make it fit). */
    private List<String[]> changes(int count) {
        return jdbc.query("""
                SELECT alert_listing_json(l)::text AS before,
                       (alert_listing_json(l) || jsonb_build_object('rent_yuan_m2_month',
                            greatest(0, coalesce(l.rent_yuan_m2_month, 20) - 3)))::text AS after
                FROM space_listing l WHERE l.last_confirmed_at > now() - interval '100 days'
                ORDER BY md5(l.unit_id::text) LIMIT ?""", (rs, i) -> new String[] {rs.getString("before"), rs.getString("after")}, count);
    }

    /** The baseline: every open project checked on its own, one statement each. */
    private List<Long> perProject(String listing) {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM expansion_project WHERE project_open(status) ORDER BY id", Long.class);
        List<Long> fits = new ArrayList<>();
        for (long id : ids) {
            if (!standing.fittingOne(listing, id).isEmpty()) {
                fits.add(id);
            }
        }
        return fits;
    }

    private static List<Long> ids(List<StandingProjects.Fit> fits) {
        return fits.stream().map(StandingProjects.Fit::projectId).toList();
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
