package cn.dongguan.cfk.audit;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** One audit event as administrators read it. */
record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String entity,
        String entityId,
        JsonNode before,
        JsonNode after,
        String clientAddress,
        long transactionId) {}
