package cn.dongguan.cfk.redevelopment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of village areas, redevelopment projects and their stage moves. */
@Repository
class RedevelopmentStore {

    /** A geometry as PostGIS reads it: its type, validity and extent. */
    private static final String AREAS = """
            SELECT a.id, a.name, a.town_code, a.renewal_class, a.version,
                   count(b.id) AS buildings, coalesce(sum(b.floor_area_m2), 0) AS floor_area_m2,
                   max(t.y - b.year_built) AS oldest,
                   percentile_disc(0.5) WITHIN GROUP (ORDER BY t.y - b.year_built) AS median,
                   count(b.id) FILTER (WHERE t.y - b.year_built < 10) AS under10,
                   count(b.id) FILTER (WHERE t.y - b.year_built >= 10 AND t.y - b.year_built < 20) AS from10to20,
                   count(b.id) FILTER (WHERE t.y - b.year_built >= 20 AND t.y - b.year_built < 30) AS from20to30,
                   count(b.id) FILTER (WHERE t.y - b.year_built >= 30) AS over30,
                   count(b.id) FILTER (WHERE b.year_built IS NULL) AS unknown
            FROM village_area a
            CROSS JOIN (SELECT extract(year FROM dongguan_today())::int AS y) t
            LEFT JOIN building b ON ST_Intersects(a.geom, ST_PointOnSurface(b.geom))
            WHERE (CAST(:id AS bigint) IS NULL OR a.id = :id)
            GROUP BY a.id, a.name, a.town_code, a.renewal_class, a.version
            ORDER BY a.town_code, a.name""";

    private static final String GRADES = """
            SELECT a.id, coalesce(l.grade, 'NONE') AS grade, count(*) AS units
            FROM village_area a
            JOIN building b ON ST_Intersects(a.geom, ST_PointOnSurface(b.geom))
            JOIN space_unit u ON u.building_id = b.id AND u.occupant_enterprise_id IS NOT NULL
            LEFT JOIN enterprise_latest_grade l ON l.enterprise_id = u.occupant_enterprise_id
            WHERE (CAST(:id AS bigint) IS NULL OR a.id = :id)
            GROUP BY a.id, coalesce(l.grade, 'NONE')""";

    private static final String PROJECTS = """
            SELECT p.id, p.area_id, a.name AS area_name, p.name, p.stage, p.expected_floor_area_m2,
                   p.expected_completion, p.version,
                   ARRAY(SELECT b.id FROM building b WHERE b.redevelopment_project_id = p.id ORDER BY b.id) AS building_ids
            FROM redevelopment_project p JOIN village_area a ON a.id = p.area_id
            WHERE (CAST(:id AS bigint) IS NULL OR p.id = :id)
              AND (CAST(:stage AS text) IS NULL OR p.stage = :stage)
            ORDER BY p.expected_completion, p.id""";

    private final JdbcClient jdbc;

    RedevelopmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VillageAreaView> areas(Long id) {
        Map<Long, Map<String, Long>> grades = new HashMap<>();
        jdbc.sql(GRADES).param("id", id).query((ResultSet rs) -> {
            grades.computeIfAbsent(rs.getLong("id"), k -> new LinkedHashMap<>())
                    .put(rs.getString("grade"), rs.getLong("units"));
        });
        return jdbc.sql(AREAS)
                .param("id", id)
                .query((rs, n) -> area(rs, grades))
                .list();
    }

    boolean townExists(String code) {
        return any("SELECT count(*) FROM town WHERE code = ?", code);
    }

    boolean areaNameTaken(String name) {
        return any("SELECT count(*) FROM village_area WHERE name = ?", name);
    }

    /** Whether the count the statement gives for the value is above zero. */
    private boolean any(String countSql, Object value) {
        return jdbc.sql(countSql).param(value).query(Long.class).single() > 0;
    }

    /** The area with its boundary, checked and in WGS84 (a MultiPolygon). */
    long insertArea(VillageAreaInput in, Geometry boundary) {
        return jdbc.sql("""
                        INSERT INTO village_area (name, town_code, renewal_class, geom)
                        VALUES (:name, :town, :class, ST_Multi(ST_GeomFromText(:wkt, 4326)))
                        RETURNING id""")
                .param("name", in.name())
                .param("town", in.townCode())
                .param("class", in.renewalClass())
                .param("wkt", boundary.toText())
                .query(Long.class)
                .single();
    }

    List<RedevelopmentProjectView> projects(Long id, RedevelopmentStage stage) {
        return jdbc.sql(PROJECTS)
                .param("id", id)
                .param("stage", stage == null ? null : stage.name())
                .query((rs, n) -> project(rs))
                .list();
    }

    boolean areaExists(long id) {
        return any("SELECT count(*) FROM village_area WHERE id = ?", id);
    }

    long insertProject(RedevelopmentProjectInput in, String actor) {
        long id = jdbc.sql("""
                        INSERT INTO redevelopment_project (area_id, name, stage, expected_floor_area_m2, expected_completion)
                        VALUES (:area, :name, 'APPROVED', :floorArea, :completion) RETURNING id""")
                .param("area", in.areaId())
                .param("name", in.name())
                .param("floorArea", in.expectedFloorAreaM2())
                .param("completion", in.expectedCompletion())
                .query(Long.class)
                .single();
        event(id, null, RedevelopmentStage.APPROVED, actor);
        return id;
    }

    /** Moves the project if its version is still the one read; false when someone else changed it. */
    boolean move(RedevelopmentProjectView p, RedevelopmentStage to, LocalDate completion, String actor) {
        int rows = jdbc.sql("""
                        UPDATE redevelopment_project
                        SET stage = :stage, expected_completion = :completion, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("stage", to.name())
                .param("completion", completion)
                .param("id", p.id())
                .param("version", p.version())
                .update();
        if (rows == 1) {
            event(p.id(), p.stage(), to, actor);
        }
        return rows == 1;
    }

    /** A new expected date if the version is still the one read; false when someone else changed it. */
    boolean reschedule(RedevelopmentProjectView p, LocalDate completion) {
        return jdbc.sql("""
                        UPDATE redevelopment_project SET expected_completion = :completion, version = version + 1
                        WHERE id = :id AND version = :version""")
                        .param("completion", completion)
                        .param("id", p.id())
                        .param("version", p.version())
                        .update()
                == 1;
    }

    /** The project the building is linked to (empty: none); empty too when there is no such building. */
    Optional<Long> buildingProject(long buildingId) {
        return jdbc.sql("SELECT redevelopment_project_id FROM building WHERE id = ?")
                .param(buildingId)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    boolean buildingExists(long buildingId) {
        return any("SELECT count(*) FROM building WHERE id = ?", buildingId);
    }

    /**
     * Links the building to the project that puts it up. Its start in the stock and its units'
     * availability follow the project from here (V220 triggers); its version moves.
     */
    void linkBuilding(long projectId, long buildingId) {
        jdbc.sql("UPDATE building SET redevelopment_project_id = :project, version = version + 1 WHERE id = :building")
                .param("project", projectId)
                .param("building", buildingId)
                .update();
    }

    List<RedevelopmentStageEvent> history(long projectId) {
        return jdbc.sql("""
                        SELECT from_stage, to_stage, actor, occurred_at FROM redevelopment_stage_event
                        WHERE project_id = ? ORDER BY id""")
                .param(projectId)
                .query((rs, n) -> new RedevelopmentStageEvent(
                        rs.getString("from_stage") == null
                                ? null
                                : RedevelopmentStage.valueOf(rs.getString("from_stage")),
                        RedevelopmentStage.valueOf(rs.getString("to_stage")),
                        rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }

    private void event(long projectId, RedevelopmentStage from, RedevelopmentStage to, String actor) {
        jdbc.sql("""
                        INSERT INTO redevelopment_stage_event (project_id, from_stage, to_stage, actor)
                        VALUES (:project, :from, :to, :actor)""")
                .param("project", projectId)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("actor", actor)
                .update();
    }

    private static VillageAreaView area(ResultSet rs, Map<Long, Map<String, Long>> grades) throws SQLException {
        Map<String, Long> ages = new LinkedHashMap<>();
        for (String band : List.of("under10", "from10to20", "from20to30", "over30", "unknown")) {
            ages.put(band, rs.getLong(band));
        }
        Map<String, Long> byGrade = new LinkedHashMap<>();
        Map<String, Long> found = grades.getOrDefault(rs.getLong("id"), Map.of());
        for (String grade : List.of("A", "B", "C", "D", "NONE")) {
            byGrade.put(grade, found.getOrDefault(grade, 0L));
        }
        return new VillageAreaView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("town_code"),
                rs.getString("renewal_class"),
                rs.getLong("buildings"),
                rs.getBigDecimal("floor_area_m2"),
                rs.getObject("oldest", Integer.class),
                rs.getObject("median", Integer.class),
                ages,
                byGrade,
                rs.getLong("version"));
    }

    private static RedevelopmentProjectView project(ResultSet rs) throws SQLException {
        RedevelopmentStage stage = RedevelopmentStage.valueOf(rs.getString("stage"));
        BigDecimal area = rs.getBigDecimal("expected_floor_area_m2");
        return new RedevelopmentProjectView(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getString("area_name"),
                rs.getString("name"),
                stage,
                stage.zh(),
                area,
                rs.getObject("expected_completion", LocalDate.class),
                List.of((Long[]) rs.getArray("building_ids").getArray()),
                rs.getLong("version"));
    }
}
