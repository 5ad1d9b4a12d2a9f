package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.ProjectRequirement;
import cn.dongguan.cfk.project.ProjectService;
import cn.dongguan.cfk.shared.FireHazardClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open projects as standing searches (issue 14), the reverse direction of matching: which open
 * projects one unit, as listed before or after a change, fits. One set-based statement over the
 * projects prunes them by the hard filters' declared conditions ({@link HardFilter#standingSql});
 * the filters' own tests decide on what is left ({@link HardFilters#standingFit}): the unit passes
 * the unit tests and its building's passing units could make up a passing site.
 */
@Component
public class StandingProjects {

    /** An open project the unit fits. */
    public record Fit(long projectId, String projectName) {}

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final Clock clock;

    StandingProjects(JdbcClient jdbc, ProjectService projects, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * The open projects the unit fits as listed in {@code listingJson} (a space_listing row as JSON,
     * as the alert outbox keeps it), with the other listed units of its building as they are now;
     * none when it is not listed (null).
     */
    @Transactional(readOnly = true)
    public List<Fit> fitting(String listingJson) {
        return fitting(listingJson, null);
    }

    /** The same for one project only: the per-search baseline of the benchmark (StandingMatchBenchmark). */
    @Transactional(readOnly = true)
    List<Fit> fittingOne(String listingJson, long projectId) {
        return fitting(listingJson, projectId);
    }

    private List<Fit> fitting(String listingJson, Long only) {
        if (listingJson == null) {
            return List.of();
        }
        StandingUnit unit = unit(listingJson);
        StandingSql sql = StandingSql.of(unit);
        String where = sql.where();
        if (only != null) {
            where += " AND p.id = :onlyProject";
            sql.param("onlyProject", only);
        }
        MatchClock now = MatchClock.of(clock);
        List<Fit> fits = new ArrayList<>();
        for (ProjectRequirement p : projects.openRequirements(where, sql.params)) {
            if (HardFilters.standingFit(unit, new Need(p.requirement(), now, Names.NONE))) {
                fits.add(new Fit(p.projectId(), p.name()));
            }
        }
        return fits;
    }

    /** The unit as the listing says and its building's other listed units, in one statement. */
    private StandingUnit unit(String listingJson) {
        List<Row> rows = jdbc.sql("""
                        WITH l AS (SELECT * FROM jsonb_populate_record(NULL::space_listing, CAST(:listing AS jsonb)))
                        SELECT true AS changed, l.unit_id, l.building_id, l.town_code, l.park_code, l.fire_rank,
                               l.floor_from, l.vacant_area_m2, l.ceiling_height_m, l.floor_load_kg_m2, l.power_kva,
                               l.rent_yuan_m2_month, l.available_from, l.last_confirmed_at, l.expected_completion
                        FROM l
                        UNION ALL
                        SELECT false, s.unit_id, s.building_id, s.town_code, s.park_code, s.fire_rank,
                               s.floor_from, s.vacant_area_m2, s.ceiling_height_m, s.floor_load_kg_m2, s.power_kva,
                               s.rent_yuan_m2_month, s.available_from, s.last_confirmed_at, s.expected_completion
                        FROM space_listing s JOIN l ON s.building_id = l.building_id AND s.unit_id <> l.unit_id
                        ORDER BY 1 DESC, 2""")
                .param("listing", listingJson)
                .query((rs, i) -> new Row(
                        fact(rs),
                        rs.getString("town_code"),
                        rs.getString("park_code"),
                        rs.getObject("fire_rank", Integer.class)))
                .list();
        Row changed = rows.get(0);
        UnitFact unit = changed.fact();
        return new StandingUnit(
                unit,
                new BuildingFact(
                        unit.buildingId(),
                        "",
                        changed.parkCode(),
                        changed.townCode(),
                        changed.fireRank() == null ? null : FireHazardClass.values()[changed.fireRank() - 1].code(),
                        0,
                        0,
                        rows.stream().map(Row::fact).toList()));
    }

    private record Row(UnitFact fact, String townCode, String parkCode, Integer fireRank) {}

    private static UnitFact fact(ResultSet rs) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("last_confirmed_at");
        return new UnitFact(
                rs.getLong("unit_id"),
                rs.getLong("building_id"),
                rs.getInt("floor_from"),
                rs.getInt("floor_from"),
                rs.getBigDecimal("vacant_area_m2"),
                rs.getBigDecimal("vacant_area_m2"),
                number(rs, "ceiling_height_m"),
                number(rs, "floor_load_kg_m2"),
                number(rs, "power_kva"),
                number(rs, "rent_yuan_m2_month"),
                "VACANT",
                rs.getObject("available_from", java.time.LocalDate.class),
                confirmed == null ? null : confirmed.toInstant(),
                rs.getObject("expected_completion", java.time.LocalDate.class));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
