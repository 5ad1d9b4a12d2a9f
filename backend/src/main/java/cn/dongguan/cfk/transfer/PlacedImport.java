package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.FootprintBatch.Candidate;
import cn.dongguan.cfk.geometry.Footprints.Existing;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ForbiddenException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the imports of placed features (buildings, parcels) share: a resolved row is checked for scope
 * (the stored record's park and the row's), by the feature's rules, and for its footprint: a new
 * record needs one, a changed one waits for its batch ({@link Deferred}), a stored one that keeps its
 * footprint but moves park is previewed alone. The commit updates the records whose footprint stays,
 * set-based, then places the others again ({@link Placements#placeCommitted}) and writes them set-based too.
 */
abstract class PlacedImport extends RowImport {

    private final Subject subject;
    final Placements placements;
    final CurrentViewer viewer;
    final JdbcClient jdbc;

    PlacedImport(
            TransferLayer layer,
            String resolveSql,
            List<List<String>> identities,
            Subject subject,
            Placements placements,
            CurrentViewer viewer,
            JdbcClient jdbc) {
        super(layer, resolveSql, identities);
        this.subject = subject;
        this.placements = placements;
        this.viewer = viewer;
        this.jdbc = jdbc;
    }

    /** The row's resolution refused (no such record, a duplicate, a key taken); null when it stands. */
    abstract Outcome refusal(ResultSet rs, int row, ObjectNode given) throws SQLException;

    /** The layer's fields, as its rules and diffs name them. */
    abstract List<String> fields();

    /** The stored record's fields with the row's over them, checked by the feature's rules; 400 otherwise. */
    abstract ObjectNode rules(ObjectNode merged, ResultSet rs) throws SQLException;

    /** The refusal of a new record without a footprint. */
    abstract Outcome needsGeometry(int row);

    /**
     * Completes the checked fields with what follows from the footprint's area (null when the footprint
     * was not placed again and none is needed), before the diff.
     */
    void complete(ObjectNode checked, Double areaM2) {}

    /** The area a stored footprint that stays gives {@link #complete}; none unless the layer needs it. */
    Double keptArea(ObjectNode checked, Geometry stored) {
        return null;
    }

    /**
     * What a commit writes of a row's checked fields {@code c}: each column with its expression, for
     * the set-based update of stored records and the insert of new ones (the version follows).
     */
    abstract List<String[]> columns();

    /**
     * What a placement adds, from the placed footprint {@code o.geom}, its town {@code o.town} and area
     * {@code o.area} (all null for a stored footprint that stays, which then keeps its columns).
     */
    abstract List<String[]> placedColumns();

    @Override
    public final Subject placed() {
        return subject;
    }

    @Override
    final Checked check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        Outcome refused = refusal(rs, row, given);
        if (refused != null) {
            return refused;
        }
        Long target = (Long) rs.getObject("target");
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        String storedPark = rs.getString("stored_park");
        JsonNode geometry = given.get("geometry");
        String crs = context.job().crs();
        Long version = target == null ? null : rs.getLong("version");
        try {
            if (target != null) {
                viewer.requireInventoryWrite(storedPark);
            }
            ObjectNode checked = rules(Rows.merged(stored, given, fields()), rs);
            String park = checked.path("parkCode").asString(null);
            viewer.requireInventoryWrite(park);
            if (crs != null) {
                checked.put("crs", crs);
            }
            if (target == null && !Rows.hasGeometry(given)) {
                return needsGeometry(row);
            }
            if (target == null || !Rows.keepsGeometry(Rows.hasGeometry(given), rs)) {
                checked.set("geometry", geometry);
                return new Deferred(
                        row,
                        given,
                        new Candidate(row, geometry, crs, park, target == null ? -1 : target),
                        area -> outcome(row, target, version, checked, stored, true, area));
            }
            boolean moved = !Objects.equals(park, storedPark);
            Existing existing = new Existing(target, Placements.geometry(rs.getBytes("geom_wkb")), storedPark, version);
            if (moved) {
                placements.previewChange(null, crs, existing, park, subject);
            }
            return outcome(row, target, version, checked, stored, moved, keptArea(checked, existing.geometry()));
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        } catch (ForbiddenException e) {
            return Outcome.rejected(
                    row, List.of(Rows.forbidden(row, e, "parkCode", Rows.shown(given.get("parkCode")))));
        }
    }

    private Outcome outcome(
            int row, Long target, Long version, ObjectNode checked, ObjectNode stored, boolean placement, Double area) {
        complete(checked, area);
        ArrayNode diff = Rows.diff(stored, checked, fields());
        if (checked.has("geometry")) {
            Rows.geometryChanged(diff, checked.get("geometry"));
        }
        if (target == null) {
            return Outcome.added(row, checked, diff, true);
        }
        return Outcome.updated(row, target, version, checked, stored, diff, placement);
    }

    @Override
    public final void commit(long job, String actor, Instant now) {
        String table = subject.table();
        String fields = assignments(columns(), "%s = %s");
        int expected = jdbc.sql("""
                        SELECT count(*) FROM import_outcome WHERE job_id = ? AND action = 'CHANGED' AND NOT placement""").param(job).query(Integer.class).single();
        int updated = jdbc.sql("""
                        UPDATE %s t SET %s, version = t.version + 1
                        FROM (SELECT target_id, target_version, checked AS c FROM import_outcome
                              WHERE job_id = ? AND action = 'CHANGED' AND NOT placement) o
                        WHERE t.id = o.target_id AND t.version = o.target_version""".formatted(table, fields)).param(job).update();
        StaleImportException.requireAll(updated, expected, layer().zh + "|" + layer().en);
        placements.placeCommitted(jdbc, job, table, subject);
        int expectedPlaced = jdbc.sql("""
                        SELECT count(*) FROM import_outcome WHERE job_id = ? AND action = 'CHANGED' AND placement""").param(job).query(Integer.class).single();
        int placedUpdated = jdbc.sql(
                        """
                        UPDATE %s t SET %s, %s, version = t.version + 1
                        FROM (SELECT o.target_id, o.target_version, o.checked AS c, p.geom, p.town, p.area
                              FROM import_outcome o JOIN import_placed p ON p.row_no = o.row_no
                              WHERE o.job_id = ? AND o.action = 'CHANGED' AND o.placement) o
                        WHERE t.id = o.target_id AND t.version = o.target_version""".formatted(table, fields, assignments(placedColumns(), "%1$s = coalesce(%2$s, t.%1$s)")))
                .param(job)
                .update();
        StaleImportException.requireAll(placedUpdated, expectedPlaced, layer().zh + "|" + layer().en);
        List<String[]> inserted = new ArrayList<>(columns());
        inserted.addAll(placedColumns());
        jdbc.sql("""
                        INSERT INTO %s (%s)
                        SELECT %s
                        FROM (SELECT o.row_no, o.checked AS c, p.geom, p.town, p.area
                              FROM import_outcome o JOIN import_placed p ON p.row_no = o.row_no
                              WHERE o.job_id = ? AND o.action = 'NEW') o
                        ORDER BY o.row_no""".formatted(table, assignments(inserted, "%1$s"), assignments(inserted, "%2$s")))
                .param(job)
                .update();
    }

    /** The columns and their expressions joined by commas, each as {@code format} makes it. */
    private static String assignments(List<String[]> columns, String format) {
        return columns.stream().map(c -> format.formatted(c[0], c[1])).collect(Collectors.joining(", "));
    }
}
