package cn.dongguan.cfk.alert;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.SearchFilters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The signed-in user's saved searches: at most {@link #MAX_PER_USER}, each a query its search (spaces or
 * parcels) takes, kept with its filters' values ({@link SavedCriteria}).
 */
@Service
class SavedSearches {

    static final int MAX_PER_USER = 50;

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;

    SavedSearches(JdbcClient jdbc, JsonBodies bodies, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
    }

    @Transactional
    SavedSearch create(JsonNode body) {
        String user = viewer.requireUsername();
        SavedSearchInput in = bodies.read(body, SavedSearchInput.class);
        String query = in.query().strip();
        SearchFilters.Stored criteria = SavedCriteria.of(in.kind(), query);
        long count = jdbc.sql("SELECT count(*) FROM saved_search WHERE username = ?")
                .param(user)
                .query(Long.class)
                .single();
        if (count >= MAX_PER_USER) {
            throw new BadRequestException(
                    "query",
                    "每个账号最多保存 " + MAX_PER_USER + " 个搜索，请先删除不用的",
                    "At most " + MAX_PER_USER + " saved searches per account: delete one first");
        }
        long id = jdbc.sql("""
                        INSERT INTO saved_search (username, kind, query, name, email, email_mode)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        user,
                        in.kind(),
                        query,
                        blankToNull(in.name()),
                        blankToNull(in.email()),
                        in.emailMode() == null ? "IMMEDIATE" : in.emailMode())
                .query(Long.class)
                .single();
        SavedCriteria.write(jdbc, id, in.kind(), criteria);
        return find(user, id);
    }

    @Transactional(readOnly = true)
    List<SavedSearch> list() {
        return jdbc.sql("SELECT * FROM saved_search WHERE username = ? ORDER BY id")
                .param(viewer.requireUsername())
                .query((rs, i) -> row(rs))
                .list();
    }

    @Transactional
    void delete(long id) {
        if (jdbc.sql("DELETE FROM saved_search WHERE id = ? AND username = ?")
                        .params(id, viewer.requireUsername())
                        .update()
                == 0) {
            throw notFound(id);
        }
    }

    private SavedSearch find(String user, long id) {
        return jdbc.sql("SELECT * FROM saved_search WHERE id = ? AND username = ?")
                .params(id, user)
                .query((rs, i) -> row(rs))
                .optional()
                .orElseThrow(() -> notFound(id));
    }

    private static SavedSearch row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SavedSearch(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("query"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("email_mode"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("保存的搜索 " + id + " 不存在", "Saved search " + id + " does not exist");
    }
}
