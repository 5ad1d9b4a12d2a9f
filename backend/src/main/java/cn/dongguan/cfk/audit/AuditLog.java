package cn.dongguan.cfk.audit;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what no table write shows: sign-ins, failed sign-ins, unlocks. Row changes are recorded by
 * the database itself (V72); this writes in the caller's transaction, or on its own when there is none.
 */
@Service
public class AuditLog {

    /** The request attribute naming the signed-in user of a request, set by the security filters. */
    public static final String ACTOR_ATTRIBUTE = AuditLog.class.getName() + ".actor";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One event by {@code actor} (null: whoever is acting on this thread) on the entity, from the
     * current request's client address.
     */
    public void record(String actor, String action, String entity, String entityId, Map<String, ?> details) {
        jdbc.sql("""
                INSERT INTO audit_event (actor, action, entity, entity_id, after, client_address)
                VALUES (:actor, :action, :entity, :entityId, CAST(:details AS jsonb), :address)""")
                .param("actor", actor == null ? Actor.name() : Actor.fit(actor))
                .param("action", action)
                .param("entity", entity)
                .param("entityId", Actor.fit(entityId))
                .param("details", details == null || details.isEmpty() ? null : JSON.writeValueAsString(details))
                .param("address", Actor.clientAddress())
                .update();
    }
}
