package cn.dongguan.cfk.space;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The append-only occupancy_event table (the database refuses updates and deletes). */
@Repository
class OccupancyEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    OccupancyEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long unitId, Instant at, String actor, String source, OccupancyState before, OccupancyState after) {
        jdbc.sql("""
                INSERT INTO occupancy_event (unit_id, occurred_at, actor, source, before, after)
                VALUES (:unit, :at, :actor, :source, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .param("unit", unitId)
                .param("at", java.sql.Timestamp.from(at))
                .param("actor", actor)
                .param("source", source)
                .param("before", before == null ? null : JSON.writeValueAsString(before.asMap()))
                .param("after", JSON.writeValueAsString(after.asMap()))
                .update();
    }

    List<OccupancyEvent> forUnit(long unitId) {
        return jdbc.sql("""
                SELECT v.id, v.unit_id, v.occurred_at, v.actor, v.source, v.before::text AS before, v.after::text AS after,
                       (SELECT jsonb_object_agg(e.id::text, e.name) FROM enterprise e
                        WHERE e.id IN (CAST(v.before ->> 'occupantEnterpriseId' AS bigint),
                                       CAST(v.after ->> 'occupantEnterpriseId' AS bigint)))::text AS names
                FROM occupancy_event v WHERE v.unit_id = ? ORDER BY v.occurred_at DESC, v.id DESC""")
                .param(unitId)
                .query((rs, i) -> new OccupancyEvent(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("source"),
                        rs.getString("before"),
                        rs.getString("after"),
                        rs.getString("names")))
                .list();
    }
}
