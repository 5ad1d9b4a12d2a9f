package cn.dongguan.cfk.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The one place that tells the database who is writing: at the start of every read-write
 * transaction it sets the transaction-local settings {@code cfk.actor} and {@code cfk.client}, which
 * the audit triggers read (V72). Spring Boot registers this listener on the transaction manager, so
 * every write through any service is covered without the service knowing.
 */
@Component
class AuditContext implements TransactionExecutionListener {

    private final JdbcTemplate jdbc;

    AuditContext(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
            return;
        }
        String address = Actor.clientAddress();
        jdbc.query(
                "SELECT set_config('cfk.actor', ?, true), set_config('cfk.client', ?, true)",
                rs -> {},
                Actor.name(),
                address == null ? "" : address);
    }
}
