package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.Page;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the API shows of import jobs: their state, errors and the paged diff of new and changed rows. */
@Component
class ImportViews {

    /** A job as {@code GET /api/imports/{id}} shows it. */
    record JobView(
            long id,
            String layer,
            String format,
            String fileName,
            long fileBytes,
            String encoding,
            String crs,
            String status,
            BigDecimal progress,
            int rows,
            int emptyRows,
            CountsView counts,
            String failure,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            Boolean validOnly,
            String committedBy,
            Instant committedAt,
            Long errorsTotal,
            List<ErrorView> errors,
            Page<DiffRow> diff) {}

    record CountsView(@JsonProperty("new") int newRows, int changed, int unchanged, int rejected) {}

    record ErrorView(int row, String field, String value, String reasonZh, String reasonEn) {}

    /** A new or changed row: its action, the record's id (none for new ones) and its changes. */
    record DiffRow(
            int row,
            String action,
            Long id,

            @JsonRawValue @Schema(type = "array", description = "[{field, before, after}]")
            String changes) {}

    private final JdbcClient jdbc;

    ImportViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The job alone, as the history lists it. */
    JobView summary(ImportJob j) {
        return view(j, null, null, null);
    }

    JobView detail(ImportJob j, int errorsShown, int page, int size) {
        return view(j, errorsTotal(j.id()), errors(j.id(), errorsShown, 0), diff(j.id(), page, size));
    }

    long errorsTotal(long job) {
        return jdbc.sql("SELECT count(*) FROM import_error WHERE job_id = ?")
                .param(job)
                .query(Long.class)
                .single();
    }

    List<ErrorView> errors(long job, int limit, long offset) {
        return jdbc.sql("""
                SELECT row_no, field, value, reason_zh, reason_en FROM import_error WHERE job_id = :job
                ORDER BY row_no, seq LIMIT :limit OFFSET :offset""")
                .param("job", job)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) -> new ErrorView(
                        rs.getInt("row_no"),
                        rs.getString("field"),
                        rs.getString("value"),
                        rs.getString("reason_zh"),
                        rs.getString("reason_en")))
                .list();
    }

    Page<DiffRow> diff(long job, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM import_outcome WHERE job_id = ? AND action IN ('NEW', 'CHANGED')")
                .param(job)
                .query(Long.class)
                .single();
        List<DiffRow> items = jdbc.sql("""
                SELECT row_no, action, target_id, coalesce(diff, '[]'::jsonb)::text AS diff FROM import_outcome
                WHERE job_id = :job AND action IN ('NEW', 'CHANGED') ORDER BY row_no LIMIT :limit OFFSET :offset""")
                .param("job", job)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> new DiffRow(
                        rs.getInt("row_no"),
                        rs.getString("action"),
                        (Long) rs.getObject("target_id"),
                        rs.getString("diff")))
                .list();
        return new Page<>(items, total, page, size);
    }

    private static JobView view(ImportJob j, Long errorsTotal, List<ErrorView> errors, Page<DiffRow> diff) {
        ImportJob.Counts c = j.counts();
        return new JobView(
                j.id(),
                j.layer().path,
                j.format(),
                j.fileName(),
                j.fileBytes(),
                j.encoding(),
                j.crs(),
                j.status().name(),
                j.progress(),
                j.rowsRead(),
                j.emptyRows(),
                new CountsView(c.newRows(), c.changed(), c.unchanged(), c.rejected()),
                j.failure(),
                j.createdBy(),
                j.createdAt(),
                j.updatedAt(),
                j.validOnly(),
                j.committedBy(),
                j.committedAt(),
                errorsTotal,
                errors,
                diff);
    }
}
