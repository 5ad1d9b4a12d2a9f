package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Footprints.Existing;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.shared.BadRequestException;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row's geometry through geometry's one write pipeline ({@link Footprints}): a preview checks each
 * in a short transaction of its own (the pipeline's lock is released at once); a commit places it
 * again in the commit's transaction, where the lock holds until the end, so rows of the file are
 * also checked against each other.
 */
@Component
class Placements {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final Footprints footprints;
    private final TransactionTemplate own;

    Placements(Footprints footprints, PlatformTransactionManager transactions) {
        this.footprints = footprints;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A stored feature's geometry in a new park (a new geometry is checked with its batch), in a transaction of its own. */
    Optional<Placed> previewChange(JsonNode geometry, String crs, Existing feature, String parkCode, Subject subject) {
        return own.execute(s -> placeChange(geometry, crs, feature, parkCode, subject));
    }

    /** In the caller's transaction. */
    Placed placeNew(JsonNode geometry, String crs, String parkCode, Subject subject) {
        return footprints.place(body(geometry, crs), parkCode, subject);
    }

    /** In the caller's transaction. */
    Optional<Placed> placeChange(JsonNode geometry, String crs, Existing feature, String parkCode, Subject subject) {
        return footprints.replace(geometry == null ? Rows.object() : body(geometry, crs), feature, parkCode, subject);
    }

    /** Writes a placed row of an import's commit: a new feature (target null) or a stored one's change. */
    interface PlacedWriter {
        void write(Long target, Long version, ObjectNode checked, Placed placed);
    }

    /**
     * The commit's rows of {@code table} (building or parcel) that carry a geometry: each placed through the
     * geometry pipeline as a form's write would be, then written; a row the pipeline refuses now (the
     * data changed since the preview) refuses the whole commit, naming its row.
     */
    void commitPlaced(JdbcClient jdbc, long job, String table, Subject subject, PlacedWriter writer) {
        record Placing(
                int row, Long target, Long version, ObjectNode checked, byte[] storedGeometry, String storedPark) {}
        List<Placing> placing = jdbc.sql("""
                        SELECT o.row_no, o.target_id, o.target_version, o.checked::text AS checked,
                               ST_AsBinary(t.geom) AS geom, t.park_code
                        FROM import_outcome o LEFT JOIN %s t ON t.id = o.target_id
                        WHERE o.job_id = ? AND o.placement AND o.action IN ('NEW', 'CHANGED') ORDER BY o.row_no""".formatted(table))
                .param(job)
                .query((rs, i) -> new Placing(
                        rs.getInt("row_no"),
                        (Long) rs.getObject("target_id"),
                        (Long) rs.getObject("target_version"),
                        Rows.parse(rs.getString("checked")),
                        rs.getBytes("geom"),
                        rs.getString("park_code")))
                .list();
        for (Placing p : placing) {
            ObjectNode c = p.checked();
            String park = c.path("parkCode").asString(null);
            String crs = c.path("crs").asString(null);
            Placed placed;
            try {
                if (p.target() == null) {
                    placed = placeNew(c.get("geometry"), crs, park, subject);
                } else {
                    Existing existing =
                            new Existing(p.target(), geometry(p.storedGeometry()), p.storedPark(), p.version());
                    placed = placeChange(c.get("geometry"), crs, existing, park, subject)
                            .orElse(null);
                }
            } catch (BadRequestException e) {
                throw StaleImportException.row(p.row(), e);
            }
            writer.write(p.target(), p.version(), c, placed);
        }
    }

    double areaM2(Geometry geometry) {
        return footprints.areaM2(geometry);
    }

    static Geometry geometry(byte[] wkb) {
        try {
            return wkb == null ? null : new WKBReader(WGS84).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    static byte[] wkb(Geometry geometry) {
        return new WKBWriter().write(geometry);
    }

    private static ObjectNode body(JsonNode geometry, String crs) {
        ObjectNode body = Rows.object();
        body.set("geometry", geometry);
        if (crs != null) {
            body.put("crs", crs);
        }
        return body;
    }
}
