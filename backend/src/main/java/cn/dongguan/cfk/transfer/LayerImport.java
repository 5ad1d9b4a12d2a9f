package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Subject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The import of one layer: which columns identify its rows, how the staged rows are resolved against
 * the stored records in SQL (identity, references, duplicates within the file), how a resolved row is
 * checked by the feature's rules, and how the checked rows are written, set-based.
 */
interface LayerImport {

    TransferLayer layer();

    /** Sets of columns of which a file must have one whole set, to identify its rows. */
    List<List<String>> identities();

    /**
     * The job's staged rows resolved, one per row in row order; the statement binds the job id as its
     * only parameter. Each row starts with {@code row_no} and {@code given}.
     */
    String resolveSql();

    /**
     * One resolved row checked: its outcome, REJECTED with its errors, or (for a layer with {@link
     * #placed()}) deferred until its geometry is checked with the others of its batch.
     */
    Checked check(ResultSet resolved, CheckContext context) throws SQLException;

    /** The subject whose geometries the rows place (buildings, parcels), checked a batch at a time; null for none. */
    default Subject placed() {
        return null;
    }

    /**
     * Writes the job's NEW and CHANGED outcomes in the caller's transaction; a record changed since
     * the preview throws {@link StaleImportException}.
     */
    void commit(long job, String actor, Instant now);

    /** What checking a job's rows knows besides each row. */
    record CheckContext(ImportJob job, java.util.BitSet unreadable) {

        boolean unreadable(int row) {
            return unreadable.get(row);
        }
    }
}
