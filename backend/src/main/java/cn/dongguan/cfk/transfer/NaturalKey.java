package cn.dongguan.cfk.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a layer's rows name their records: by {@code id}, or by a natural key (a parcel number, a credit
 * code) that no two records share. The resolving query gives each row {@code id} (as given), {@code
 * target} (the record it names), {@code first_row} (the first row naming the same record),
 * {@code first_with_key} (the first row giving the same key) and {@code by_key} (the record holding
 * the key). The texts of a missing record and a key taken are formats of the id, or of the key and the
 * record holding it; {@code same} says what two duplicate rows share.
 *
 * @param field the key's column
 */
record NaturalKey(
        String field,
        String missingZh,
        String missingEn,
        String sameZh,
        String sameEn,
        String takenZh,
        String takenEn) {

    /**
     * The resolving statement of a layer keyed so ({@link LayerImport#resolveSql}): the staged rows with
     * their id, their key ({@code key}, as {@code reading} takes it from {@code given}) and the layer's
     * own {@code readings}, matched to the records of {@code table} by id or by the key's {@code column};
     * with the columns the refusal reads and the layer's {@code columns} of the record {@code t} (and of
     * what {@code joins} adds), in row order.
     */
    String resolveSql(String table, String column, String reading, String readings, String columns, String joins) {
        return (RowImport.staged("%2$s AS key, %3$s") + """
                , matched AS (
                    SELECT r.*, bykey.id AS by_key, CASE WHEN r.id IS NOT NULL THEN byid.id ELSE bykey.id END AS target
                    FROM r
                    LEFT JOIN %1$s byid ON byid.id = r.id
                    LEFT JOIN %1$s bykey ON bykey.%4$s = r.key
                )
                SELECT m.row_no, m.given::text AS given, m.id, m.target, m.by_key,
                       first_value(m.row_no) OVER (PARTITION BY coalesce('t' || m.target, 'k' || coalesce(m.key, '#' || m.row_no))
                           ORDER BY m.row_no) AS first_row,
                       first_value(m.row_no) OVER (PARTITION BY coalesce(m.key, '#' || m.row_no) ORDER BY m.row_no) AS first_with_key,
                       %5$s
                FROM matched m LEFT JOIN %1$s t ON t.id = m.target %6$s
                ORDER BY m.row_no""")
                .formatted(table, reading, readings, column, columns, joins);
    }

    /** The column sets that identify a row: {@code id}, or the key. */
    List<List<String>> identities() {
        return List.of(List.of("id"), List.of(field));
    }

    /**
     * The row refused when its id names no record, when an earlier row names the same record or key,
     * or when its key belongs to another record than the one it names; null when it stands.
     */
    Outcome refusal(ResultSet rs, int row, ObjectNode given) throws SQLException {
        Long id = (Long) rs.getObject("id");
        Long target = (Long) rs.getObject("target");
        if (id != null && target == null) {
            return Outcome.refused(row, "id", given.get("id"), missingZh.formatted(id), missingEn.formatted(id));
        }
        int first = rs.getInt("first_row");
        int firstWithKey = rs.getInt("first_with_key");
        if (first != row || firstWithKey != row) {
            int other = first != row ? first : firstWithKey;
            return Rows.duplicate(row, other, field, given, sameZh, sameEn);
        }
        Long byKey = (Long) rs.getObject("by_key");
        if (target != null && byKey != null && !byKey.equals(target)) {
            String key = Rows.shown(given.get(field));
            return Outcome.refused(
                    row, field, given.get(field), takenZh.formatted(key, byKey), takenEn.formatted(key, byKey));
        }
        return null;
    }
}
