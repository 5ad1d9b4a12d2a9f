package cn.dongguan.cfk.project;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** A project's follow-up log (跟进记录), kept by staff and administrators and read only by them. */
@Service
class ProjectActivities {

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;
    private final Clock clock;

    ProjectActivities(JdbcClient jdbc, JsonBodies bodies, CurrentViewer viewer, Clock clock) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ProjectActivity> list(long projectId) {
        viewer.requireStaffOrAdmin();
        requireProject(projectId);
        return jdbc.sql("""
                SELECT * FROM project_activity WHERE project_id = ? ORDER BY occurred_on DESC, id DESC""")
                .param(projectId)
                .query((rs, i) -> new ProjectActivity(
                        rs.getLong("id"),
                        ProjectActivity.Kind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getDate("occurred_on").toLocalDate(),
                        rs.getString("actor"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    ProjectActivity add(long projectId, JsonNode body) {
        viewer.requireStaffOrAdmin();
        requireProject(projectId);
        ProjectActivity.Input in = bodies.read(body, ProjectActivity.Input.class);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = in.occurredOn() == null ? today : in.occurredOn();
        if (day.isAfter(today)) {
            throw new BadRequestException(
                    "occurredOn",
                    "字段 occurredOn：跟进记录的日期不能晚于今天（计划的事请填下一步行动）",
                    "Field 'occurredOn': a log entry cannot be dated after today (plan it as the next action)");
        }
        long id = jdbc.sql("""
                INSERT INTO project_activity (project_id, kind, text, occurred_on, actor)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        projectId,
                        in.kind().name(),
                        in.text().strip(),
                        java.sql.Date.valueOf(day),
                        viewer.requireUsername())
                .query(Long.class)
                .single();
        return list(projectId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private void requireProject(long id) {
        if (jdbc.sql("SELECT count(*) FROM expansion_project WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 0) {
            throw ProjectAccess.notFound(id);
        }
    }
}
