package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.SortOrder;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects in SQL: the row, its preferred towns and parks, and its status moves. */
@Repository
class ProjectStore {

    private static final String SELECT = """
            SELECT p.*, e.name AS enterprise_name,
                   ARRAY(SELECT town_code FROM project_town t WHERE t.project_id = p.id ORDER BY town_code) AS towns,
                   ARRAY(SELECT park_code FROM project_park k WHERE k.project_id = p.id ORDER BY park_code) AS parks,
                   (p.planned_start < :today AND p.status IN ('INTENT', 'SITING', 'SIGNED')) AS overdue,
                   CASE WHEN p.planned_start < :today AND p.status IN ('INTENT', 'SITING', 'SIGNED')
                        THEN :today - p.planned_start END AS days_overdue
            FROM expansion_project p LEFT JOIN enterprise e ON e.id = p.enterprise_id
            """;

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of GET /api/projects; null means no filter. */
    record Filter(
            String status,
            String industry,
            String town,
            String assignedStaff,
            Boolean overdue,
            Long enterpriseId,
            String source) {

        Filter withEnterprise(Long id) {
            return new Filter(status, industry, town, assignedStaff, overdue, id, source);
        }
    }

    Optional<ProjectView> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .param("today", Date.valueOf(today))
                .query((rs, i) -> view(rs))
                .optional();
    }

    /** The open projects (project_open, V140) that also meet {@code condition} on {@code p}, by id. */
    List<ProjectView> open(String condition, Map<String, ?> params, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE project_open(p.status) AND (" + condition + ") ORDER BY p.id")
                .params(params)
                .param("today", Date.valueOf(today))
                .query((rs, i) -> view(rs))
                .list();
    }

    /** A page of the projects the filter keeps, by id. */
    Page<ProjectView> page(Filter f, LocalDate today, Paging paging) {
        return page(f, today, paging, new SortOrder("id", false));
    }

    /** The sort keys of a project list: id, days overdue, planned start, the next action's due date. */
    static final java.util.Map<String, String> SORTS = java.util.Map.of(
            "id", "p.id",
            "daysOverdue", "(:today - p.planned_start)",
            "plannedStart", "p.planned_start",
            "nextActionDue", "p.next_action_due");

    /** A page of the projects the filter keeps, in that order (then by id). */
    Page<ProjectView> page(Filter f, LocalDate today, Paging paging, SortOrder sort) {
        return paging.select(
                jdbc,
                "SELECT count(*) FROM expansion_project p" + where(),
                SELECT + where() + " ORDER BY " + SORTS.get(sort.key()) + " " + sort.direction() + " NULLS LAST, p.id"
                        + Paging.LIMIT,
                params(f, today).getValues(),
                (rs, i) -> view(rs));
    }

    private static String where() {
        return """
                 WHERE (CAST(:status AS text) IS NULL OR p.status = :status)
                   AND (CAST(:industry AS text) IS NULL OR p.industry_code = :industry)
                   AND (CAST(:town AS text) IS NULL OR EXISTS (SELECT 1 FROM project_town t WHERE t.project_id = p.id AND t.town_code = :town))
                   AND (CAST(:staff AS text) IS NULL OR p.assigned_staff = :staff)
                   AND (CAST(:enterprise AS bigint) IS NULL OR p.enterprise_id = :enterprise)
                   AND (CAST(:source AS text) IS NULL OR p.source = :source)
                   AND (CAST(:overdue AS boolean) IS NULL
                        OR (p.planned_start < :today AND p.status IN ('INTENT', 'SITING', 'SIGNED')) = :overdue)
                """;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Filter f, LocalDate today) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("status", f.status())
                .addValue("industry", f.industry())
                .addValue("town", f.town())
                .addValue("staff", f.assignedStaff())
                .addValue("enterprise", f.enterpriseId())
                .addValue("source", f.source())
                .addValue("overdue", f.overdue())
                .addValue("today", Date.valueOf(today));
    }

    long insert(ProjectFields p, ProjectSource source) {
        long id = jdbc.sql("""
                INSERT INTO expansion_project (name, enterprise_id, industry_code, investment_wan_yuan, site_kind,
                    min_area_m2, max_area_m2, min_area_mu, max_area_mu, min_ceiling_height_m, min_floor_load_kg_m2,
                    min_power_kva, fire_class, pollution_class, location_hard, max_rent_yuan_m2_month, budget_wan_yuan,
                    needed_by, planned_start, status, assigned_staff, staff_notes, next_action, next_action_due, source,
                    planned_tax_wan_yuan_year, planned_output_wan_yuan_year, planned_energy_tce_year)
                VALUES (:name, :enterpriseId, :industryCode, :investment, :siteKind, :minAreaM2, :maxAreaM2, :minAreaMu,
                    :maxAreaMu, :minCeiling, :minFloorLoad, :minPower, :fireClass, :pollutionClass, :locationHard,
                    :maxRent, :budget, :neededBy, :plannedStart, :status, :assignedStaff, :staffNotes, :nextAction, :nextActionDue, :source,
                    :plannedTax, :plannedOutput, :plannedEnergy)
                RETURNING id""")
                .paramSource(fieldParams(p).addValue("source", source.name()))
                .query(Long.class)
                .single();
        replaceLocations(id, p);
        return id;
    }

    /** Updates when the stored version is still {@code version}; false when someone else changed it. */
    boolean update(long id, long version, ProjectFields p) {
        int rows = jdbc.sql("""
                UPDATE expansion_project SET name = :name, enterprise_id = :enterpriseId, industry_code = :industryCode,
                    investment_wan_yuan = :investment, site_kind = :siteKind, min_area_m2 = :minAreaM2,
                    max_area_m2 = :maxAreaM2, min_area_mu = :minAreaMu, max_area_mu = :maxAreaMu,
                    min_ceiling_height_m = :minCeiling, min_floor_load_kg_m2 = :minFloorLoad, min_power_kva = :minPower,
                    fire_class = :fireClass, pollution_class = :pollutionClass, location_hard = :locationHard,
                    max_rent_yuan_m2_month = :maxRent, budget_wan_yuan = :budget, needed_by = :neededBy,
                    planned_start = :plannedStart, status = :status, assigned_staff = :assignedStaff,
                    staff_notes = :staffNotes, next_action = :nextAction, next_action_due = :nextActionDue,
                    planned_tax_wan_yuan_year = :plannedTax, planned_output_wan_yuan_year = :plannedOutput,
                    planned_energy_tce_year = :plannedEnergy, version = version + 1
                WHERE id = :id AND version = :version""")
                .paramSource(fieldParams(p).addValue("id", id).addValue("version", version))
                .update();
        if (rows == 1) {
            replaceLocations(id, p);
        }
        return rows == 1;
    }

    void recordMove(long id, String from, String to, String actor) {
        jdbc.sql("""
                INSERT INTO project_status_event (project_id, from_status, to_status, actor)
                VALUES (?, ?, ?, ?)""").params(id, from, to, actor).update();
    }

    List<ProjectView.StatusChange> moves(long id) {
        return jdbc.sql("""
                SELECT from_status, to_status, actor, occurred_at FROM project_status_event
                WHERE project_id = ? ORDER BY occurred_at, id""")
                .param(id)
                .query((rs, i) -> new ProjectView.StatusChange(
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    private void replaceLocations(long id, ProjectFields p) {
        jdbc.sql("DELETE FROM project_town WHERE project_id = ?").param(id).update();
        jdbc.sql("DELETE FROM project_park WHERE project_id = ?").param(id).update();
        for (String town : p.requirement().preferredTowns()) {
            jdbc.sql("INSERT INTO project_town (project_id, town_code) VALUES (?, ?)")
                    .params(id, town)
                    .update();
        }
        for (String park : p.requirement().preferredParks()) {
            jdbc.sql("INSERT INTO project_park (project_id, park_code) VALUES (?, ?)")
                    .params(id, park)
                    .update();
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource fieldParams(ProjectFields p) {
        SiteRequirement r = p.requirement();
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("name", p.name())
                .addValue("enterpriseId", p.enterpriseId())
                .addValue("industryCode", r.industryCode())
                .addValue("investment", r.investmentWanYuan())
                .addValue("plannedTax", r.plannedTaxWanYuanYear())
                .addValue("plannedOutput", r.plannedOutputWanYuanYear())
                .addValue("plannedEnergy", r.plannedEnergyTceYear())
                .addValue("siteKind", r.siteKind().name())
                .addValue("minAreaM2", r.minAreaM2())
                .addValue("maxAreaM2", r.maxAreaM2())
                .addValue("minAreaMu", r.minAreaMu())
                .addValue("maxAreaMu", r.maxAreaMu())
                .addValue("minCeiling", r.minCeilingHeightM())
                .addValue("minFloorLoad", r.minFloorLoadKgM2())
                .addValue("minPower", r.minPowerKva())
                .addValue("fireClass", r.fireClass())
                .addValue("pollutionClass", r.pollutionClass(), java.sql.Types.SMALLINT)
                .addValue("locationHard", r.locationHard())
                .addValue("maxRent", r.maxRentYuanM2Month())
                .addValue("budget", r.budgetWanYuan())
                .addValue("neededBy", r.neededBy() == null ? null : Date.valueOf(r.neededBy()), java.sql.Types.DATE)
                .addValue(
                        "plannedStart",
                        p.plannedStart() == null ? null : Date.valueOf(p.plannedStart()),
                        java.sql.Types.DATE)
                .addValue("status", p.status().name())
                .addValue("assignedStaff", p.assignedStaff())
                .addValue("staffNotes", p.staffNotes())
                .addValue("nextAction", p.nextAction())
                .addValue(
                        "nextActionDue",
                        p.nextActionDue() == null ? null : Date.valueOf(p.nextActionDue()),
                        java.sql.Types.DATE);
    }

    private static ProjectView view(ResultSet rs) throws SQLException {
        Date neededBy = rs.getDate("needed_by");
        Date plannedStart = rs.getDate("planned_start");
        return new ProjectView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("enterprise_id", Long.class),
                rs.getString("enterprise_name"),
                new SiteRequirement(
                        SiteKind.valueOf(rs.getString("site_kind")),
                        rs.getBigDecimal("min_area_m2"),
                        rs.getBigDecimal("max_area_m2"),
                        rs.getBigDecimal("min_area_mu"),
                        rs.getBigDecimal("max_area_mu"),
                        rs.getBigDecimal("min_ceiling_height_m"),
                        rs.getBigDecimal("min_floor_load_kg_m2"),
                        rs.getBigDecimal("min_power_kva"),
                        rs.getString("fire_class"),
                        rs.getObject("pollution_class", Integer.class),
                        rs.getString("industry_code"),
                        strings(rs.getArray("towns")),
                        strings(rs.getArray("parks")),
                        rs.getBoolean("location_hard"),
                        rs.getBigDecimal("max_rent_yuan_m2_month"),
                        rs.getBigDecimal("budget_wan_yuan"),
                        neededBy == null ? null : neededBy.toLocalDate(),
                        rs.getBigDecimal("investment_wan_yuan"),
                        rs.getBigDecimal("planned_tax_wan_yuan_year"),
                        rs.getBigDecimal("planned_output_wan_yuan_year"),
                        rs.getBigDecimal("planned_energy_tce_year"),
                        null),
                plannedStart == null ? null : plannedStart.toLocalDate(),
                ProjectStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue"),
                rs.getString("assigned_staff"),
                ProjectSource.valueOf(rs.getString("source")),
                rs.getString("staff_notes"),
                rs.getString("next_action"),
                rs.getDate("next_action_due") == null
                        ? null
                        : rs.getDate("next_action_due").toLocalDate(),
                rs.getObject("days_overdue", Integer.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"),
                null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
