package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.transfer.ImportJob.Counts;
import cn.dongguan.cfk.transfer.ImportJob.Status;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import_job table: a job's state as every app instance sees it. Its writes are transactions, so
 * that the audit (V100) knows who started, checked or committed a job.
 */
@Repository
@Transactional
class ImportJobs {

    private static final String COLUMNS = """
            id, layer, format, file_name, file_bytes, encoding, crs, status, progress, rows_read, empty_rows,
            count_new, count_changed, count_unchanged, count_rejected, failure, created_by, created_at, updated_at,
            valid_only, committed_by, committed_at""";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(TransferLayer layer, String format, String fileName, long bytes, ImportOptions options, String user) {
        return jdbc.sql("""
                INSERT INTO import_job (layer, format, file_name, file_bytes, encoding, crs, created_by)
                VALUES (:layer, :format, :name, :bytes, :encoding, :crs, :user) RETURNING id""")
                .param("layer", layer.path)
                .param("format", format)
                .param("name", fileName)
                .param("bytes", bytes)
                .param("encoding", options.encoding())
                .param("crs", options.crs())
                .param("user", user)
                .query(Long.class)
                .single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = ?")
                .param(id)
                .query(ImportJobs::job)
                .optional();
    }

    /** Newest first; {@code user} null for everyone's. */
    List<ImportJob> history(String user, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM import_job WHERE (CAST(:user AS text) IS NULL OR created_by = :user)
                ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("user", user)
                .param("limit", limit)
                .param("offset", offset)
                .query(ImportJobs::job)
                .list();
    }

    long count(String user) {
        return jdbc.sql("SELECT count(*) FROM import_job WHERE (CAST(:user AS text) IS NULL OR created_by = :user)")
                .param("user", user)
                .query(Long.class)
                .single();
    }

    void progress(long id, double progress, int rowsRead) {
        jdbc.sql("UPDATE import_job SET progress = :p, rows_read = :rows, updated_at = now() WHERE id = :id")
                .param(
                        "p",
                        BigDecimal.valueOf(Math.min(1, Math.max(0, progress)))
                                .setScale(4, java.math.RoundingMode.HALF_UP))
                .param("rows", rowsRead)
                .param("id", id)
                .update();
    }

    void crs(long id, String crs) {
        jdbc.sql("UPDATE import_job SET crs = :crs, updated_at = now() WHERE id = :id")
                .param("crs", crs)
                .param("id", id)
                .update();
    }

    void read(long id, int rowsRead, int emptyRows, String encoding, List<String> columns) {
        jdbc.sql("""
                UPDATE import_job SET rows_read = :rows, empty_rows = :empty, encoding = coalesce(:encoding, encoding),
                       columns = CAST(:columns AS jsonb), updated_at = now() WHERE id = :id""")
                .param("rows", rowsRead)
                .param("empty", emptyRows)
                .param("encoding", encoding)
                .param(
                        "columns",
                        tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(columns))
                .param("id", id)
                .update();
    }

    /** The counts from the job's outcomes, and its new status. */
    void finish(long id, Status status) {
        jdbc.sql("""
                UPDATE import_job j SET status = :status, progress = 1, updated_at = now(),
                       count_new = c.n, count_changed = c.ch, count_unchanged = c.un, count_rejected = c.rej
                FROM (SELECT count(*) FILTER (WHERE action = 'NEW') AS n,
                             count(*) FILTER (WHERE action = 'CHANGED') AS ch,
                             count(*) FILTER (WHERE action = 'UNCHANGED') AS un,
                             count(*) FILTER (WHERE action = 'REJECTED') AS rej
                      FROM import_outcome WHERE job_id = :id) c
                WHERE j.id = :id""").param("status", status.name()).param("id", id).update();
    }

    void status(long id, Status status, String failure) {
        jdbc.sql("UPDATE import_job SET status = :status, failure = :failure, updated_at = now() WHERE id = :id")
                .param("status", status.name())
                .param("failure", failure)
                .param("id", id)
                .update();
    }

    /** Moves a job from one status to another; false when it was not in {@code from} (another commit won). */
    boolean transition(long id, Status from, Status to) {
        return jdbc.sql("UPDATE import_job SET status = :to, updated_at = now() WHERE id = :id AND status = :from")
                        .param("to", to.name())
                        .param("from", from.name())
                        .param("id", id)
                        .update()
                == 1;
    }

    void committed(long id, String user, boolean validOnly) {
        jdbc.sql("""
                UPDATE import_job SET status = 'COMMITTED', committed_by = :user, committed_at = now(),
                       valid_only = :validOnly, updated_at = now() WHERE id = :id""")
                .param("user", user)
                .param("validOnly", validOnly)
                .param("id", id)
                .update();
    }

    int stagedOutcomes(long job) {
        return jdbc.sql("SELECT count(*) FROM import_outcome WHERE job_id = ?")
                .param(job)
                .query(Integer.class)
                .single();
    }

    private static ImportJob job(ResultSet rs, int i) throws SQLException {
        return new ImportJob(
                rs.getLong("id"),
                TransferLayer.of(rs.getString("layer")),
                rs.getString("format"),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                rs.getString("encoding"),
                rs.getString("crs"),
                Status.valueOf(rs.getString("status")),
                rs.getBigDecimal("progress"),
                rs.getInt("rows_read"),
                rs.getInt("empty_rows"),
                new Counts(
                        rs.getInt("count_new"),
                        rs.getInt("count_changed"),
                        rs.getInt("count_unchanged"),
                        rs.getInt("count_rejected")),
                rs.getString("failure"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                (Boolean) rs.getObject("valid_only"),
                rs.getString("committed_by"),
                instant(rs.getTimestamp("committed_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
