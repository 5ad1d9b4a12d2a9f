package cn.dongguan.cfk.transfer;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored import job (import_job). */
record ImportJob(
        long id,
        TransferLayer layer,
        String format,
        String fileName,
        long fileBytes,
        String encoding,
        String crs,
        Status status,
        BigDecimal progress,
        int rowsRead,
        int emptyRows,
        Counts counts,
        String failure,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Boolean validOnly,
        String committedBy,
        Instant committedAt) {

    enum Status {
        VALIDATING,
        PREVIEW,
        COMMITTING,
        COMMITTED,
        REJECTED,
        FAILED
    }

    /** The rows by what their commit does. */
    record Counts(int newRows, int changed, int unchanged, int rejected) {}
}
