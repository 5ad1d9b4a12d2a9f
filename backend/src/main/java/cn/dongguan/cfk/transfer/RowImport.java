package cn.dongguan.cfk.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the layers' imports share: the layer, the column sets that identify a row, the resolving
 * statement, and the start of each row's check (a row the reader could not read is rejected with
 * the errors it has).
 */
abstract class RowImport implements LayerImport {

    private final TransferLayer layer;
    private final String resolveSql;
    private final List<List<String>> identities;

    RowImport(TransferLayer layer, String resolveSql, List<List<String>> identities) {
        this.layer = layer;
        this.resolveSql = resolveSql;
        this.identities = identities;
    }

    /**
     * The CTE {@code r} that resolving statements start from: the job's staged rows with {@code row_no},
     * {@code given}, {@code job_crs} (the CRS the file is read in), {@code id} (the given id, when it is a number) and the layer's own {@code readings}
     * of {@code given}. The statement binds the job id.
     */
    static String staged(String readings) {
        return """
                WITH r AS (
                    SELECT row_no, given, j.crs AS job_crs,
                           CASE WHEN jsonb_typeof(given->'id') = 'number' THEN (given->>'id')::numeric::bigint END AS id,
                           %s
                    FROM import_row JOIN import_job j ON j.id = import_row.job_id WHERE import_row.job_id = ?
                )""".formatted(readings);
    }

    @Override
    public final TransferLayer layer() {
        return layer;
    }

    @Override
    public final List<List<String>> identities() {
        return identities;
    }

    @Override
    public final String resolveSql() {
        return resolveSql;
    }

    @Override
    public final Checked check(ResultSet resolved, CheckContext context) throws SQLException {
        int row = resolved.getInt("row_no");
        if (context.unreadable(row)) {
            return Outcome.rejected(row, List.of());
        }
        return check(resolved, row, Rows.parse(resolved.getString("given")), context);
    }

    /** A readable row checked, given its number and its values as read. */
    abstract Checked check(ResultSet resolved, int row, ObjectNode given, CheckContext context) throws SQLException;
}
