package cn.dongguan.cfk.audit;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit, newest first. */
@Repository
@Transactional(readOnly = true)
class AuditQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(
            String actor, String entity, String entityId, String action, OffsetDateTime from, OffsetDateTime to) {}

    Page<AuditEntry> find(Filter filter, Paging paging) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("actor", filter.actor())
                .addValue("entity", filter.entity())
                .addValue("entityId", filter.entityId())
                .addValue("action", filter.action())
                .addValue("from", filter.from())
                .addValue("to", filter.to());
        String where = """
                WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
                  AND (CAST(:entity AS text) IS NULL OR entity = :entity)
                  AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
                  AND (CAST(:action AS text) IS NULL OR action = :action)
                  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)""";
        long total = jdbc.sql("SELECT count(*) FROM audit_event " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql(
                        """
                SELECT id, occurred_at, actor, action, entity, entity_id, before::text AS before,
                       after::text AS after, client_address, transaction_id
                FROM audit_event""" + "\n" + where + "\nORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .paramSource(params.addValue("limit", paging.size()).addValue("offset", paging.offset()))
                .query(AuditQueries::entry)
                .list();
        return paging.answer(items, total);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity"),
                rs.getString("entity_id"),
                json(rs.getString("before")),
                json(rs.getString("after")),
                rs.getString("client_address"),
                rs.getLong("transaction_id"));
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
