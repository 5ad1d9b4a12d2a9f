package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes a job's staged rows, outcomes and errors with PostgreSQL's COPY, a batch at a time: at city
 * scale (a quarter of a million units) row-by-row inserts would take longer than the whole import.
 * Each batch is its own transaction, so what the job staged is visible to every instance at once.
 */
@Component
class Staging {

    private final DataSource dataSource;

    Staging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows as read: (row number, the given values). */
    void rows(long job, List<Object[]> rows) {
        copy("COPY import_row (job_id, row_no, given) FROM STDIN (FORMAT csv)", job, rows);
    }

    void outcomes(long job, List<Outcome> outcomes) {
        List<Object[]> rows = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            rows.add(new Object[] {
                o.row(),
                o.action().name(),
                o.targetId(),
                o.targetVersion(),
                json(o.checked()),
                json(o.stored()),
                json(o.diff()),
                o.placement()
            });
        }
        copy(
                "COPY import_outcome (job_id, row_no, action, target_id, target_version, checked, stored, diff, placement)"
                        + " FROM STDIN (FORMAT csv)",
                job,
                rows);
    }

    /** Errors, numbered from {@code firstSeq}. */
    void errors(long job, int firstSeq, List<RowError> errors) {
        List<Object[]> rows = new ArrayList<>(errors.size());
        int seq = firstSeq;
        for (RowError e : errors) {
            rows.add(new Object[] {seq++, e.row(), e.field(), e.value(), e.reasonZh(), e.reasonEn()});
        }
        copy(
                "COPY import_error (job_id, seq, row_no, field, value, reason_zh, reason_en) FROM STDIN (FORMAT csv)",
                job,
                rows);
    }

    private void copy(String sql, long job, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Object[] row : rows) {
            List<Object> fields = new ArrayList<>(row.length + 1);
            fields.add(job);
            fields.addAll(java.util.Arrays.asList(row));
            text.append(CsvText.record(fields, true));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the import's rows failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(JsonNode node) {
        return node == null ? null : node.toString();
    }
}
