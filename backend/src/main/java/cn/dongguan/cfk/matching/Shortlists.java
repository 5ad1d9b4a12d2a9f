package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.ProjectService;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import jakarta.validation.constraints.NotNull;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The shortlists saved with projects: read and replaced by staff and administrators, for the projects
 * they may see (the rule of {@link ProjectService#visibleRequirement}); replaced under If-Match.
 */
@Service
@Transactional
class Shortlists {

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final CurrentViewer viewer;
    private final JsonBodies bodies;
    private final Clock clock;

    Shortlists(JdbcClient jdbc, ProjectService projects, CurrentViewer viewer, JsonBodies bodies, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.viewer = viewer;
        this.bodies = bodies;
        this.clock = clock;
    }

    record Replacement(
            @NotNull(message = "请给出候选场地编号列表|candidates must be a list of candidate ids")
            List<String> candidates) {}

    @Transactional(readOnly = true)
    Shortlist of(long projectId) {
        viewer.requireStaffOrAdmin();
        projects.visibleRequirement(projectId);
        return saved(projectId);
    }

    Shortlist replace(long projectId, String ifMatch, JsonNode body) {
        viewer.requireStaffOrAdmin();
        projects.visibleRequirement(projectId);
        List<String> candidates = check(bodies.read(body, Replacement.class).candidates());
        jdbc.sql("SELECT 1 FROM expansion_project WHERE id = :id FOR UPDATE")
                .param("id", projectId)
                .query()
                .listOfRows();
        ETags.requireMatch(ifMatch, saved(projectId).version());
        jdbc.sql("""
                INSERT INTO project_shortlist (project_id, candidates, updated_by, updated_at, version)
                VALUES (:id, CAST(:candidates AS text[]), :by, :at, 1)
                ON CONFLICT (project_id) DO UPDATE SET candidates = EXCLUDED.candidates, updated_by = EXCLUDED.updated_by,
                    updated_at = EXCLUDED.updated_at, version = project_shortlist.version + 1""")
                .param("id", projectId)
                .param("candidates", candidates.toArray(String[]::new))
                .param("by", viewer.requireUsername())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return saved(projectId);
    }

    /** The ids, each a candidate's and each once, at most as many as a match answers. */
    private static List<String> check(List<String> ids) {
        if (ids.size() > Matcher.MAX_LIMIT) {
            throw new BadRequestException(
                    "candidates",
                    "候选清单最多 " + Matcher.MAX_LIMIT + " 个场地",
                    "A shortlist holds at most " + Matcher.MAX_LIMIT + " sites");
        }
        for (String id : ids) {
            if (!Matcher.isCandidateId(id)) {
                throw new BadRequestException(
                        "candidates",
                        "候选场地编号 “" + id + "” 无效，应形如 U12-13 或 P7",
                        "Candidate id '" + id + "' is invalid: expected e.g. U12-13 or P7");
            }
        }
        return ids.stream().distinct().toList();
    }

    private Shortlist saved(long projectId) {
        return jdbc.sql("""
                SELECT candidates, updated_by, updated_at, version FROM project_shortlist WHERE project_id = :id""")
                .param("id", projectId)
                .query((rs, i) -> new Shortlist(
                        projectId,
                        strings(rs.getArray("candidates")),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version")))
                .optional()
                .orElse(new Shortlist(projectId, List.of(), null, null, 0));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    /** The saved candidates of a project, for its export. */
    @Transactional(readOnly = true)
    List<String> candidatesOf(long projectId) {
        return saved(projectId).candidates();
    }
}
