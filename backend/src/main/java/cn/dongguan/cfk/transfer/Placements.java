package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.FootprintBatch;
import cn.dongguan.cfk.geometry.FootprintBatch.Candidate;
import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Footprints.Existing;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.shared.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
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
    private static final int CHUNK = ImportRunner.BATCH;

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
    Optional<Placed> placeChange(JsonNode geometry, String crs, Existing feature, String parkCode, Subject subject) {
        return footprints.replace(geometry == null ? Rows.object() : body(geometry, crs), feature, parkCode, subject);
    }

    /**
     * Places the commit's rows of {@code table} (building or parcel) that carry a geometry again, under
     * the subject's write lock as the preview checked them: the new geometries a batch at a time in the
     * commit's transaction ({@link Footprints#batchInTransaction}, the same rules as a form's write), a
     * stored one moving park alone. A row refused now (the data changed since the preview) refuses the
     * whole commit, naming its row. What they are placed as is left in the transaction's temporary
     * table {@code import_placed (row_no, geom, town, area)} (null for a footprint that stays), for the
     * layer's set-based write.
     */
    void placeCommitted(JdbcClient jdbc, long job, String table, Subject subject) {
        record Placing(
                int row, Long target, Long version, ObjectNode checked, byte[] storedGeometry, String storedPark) {
            Existing existing() {
                return target == null ? null : new Existing(target, geometry(storedGeometry), storedPark, version);
            }
        }
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
        jdbc.sql("""
                CREATE TEMP TABLE import_placed (row_no int PRIMARY KEY, geom geometry, town text, area float8)
                ON COMMIT DROP""").update();
        Map<Integer, Placed> placed = new HashMap<>();
        try (FootprintBatch batch = footprints.batchInTransaction(subject)) {
            List<Candidate> chunk = new ArrayList<>();
            for (Placing p : placing) {
                ObjectNode c = p.checked();
                String park = c.path("parkCode").asString(null);
                if (!c.path("geometry").isObject()) {
                    try {
                        placeChange(null, null, p.existing(), park, subject);
                    } catch (BadRequestException e) {
                        throw StaleImportException.row(p.row(), e);
                    }
                    placed.put(p.row(), null);
                    continue;
                }
                footprints.requireWritableTo(park, p.existing());
                chunk.add(new Candidate(
                        p.row(),
                        c.get("geometry"),
                        c.path("crs").asString(null),
                        park,
                        p.target() == null ? -1 : p.target()));
                if (chunk.size() == CHUNK) {
                    placed.putAll(placeAll(batch, chunk));
                    chunk.clear();
                }
            }
            placed.putAll(placeAll(batch, chunk));
        }
        List<Integer> rows = new ArrayList<>(placed.keySet());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Integer> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String[] wkb = new String[part.size()];
            String[] towns = new String[part.size()];
            Double[] areas = new Double[part.size()];
            for (int i = 0; i < part.size(); i++) {
                Placed p = placed.get(part.get(i));
                if (p != null) {
                    wkb[i] = HexFormat.of().formatHex(wkb(p.geometry()));
                    towns[i] = p.townCode();
                    areas[i] = p.areaM2();
                }
            }
            // pgjdbc binds no bytea[]: the WKB goes as hex text
            jdbc.sql("""
                    INSERT INTO import_placed (row_no, geom, town, area)
                    SELECT r, ST_GeomFromWKB(decode(w, 'hex'), 4326), t, a
                    FROM unnest(CAST(:rows AS int[]), CAST(:wkb AS text[]), CAST(:towns AS text[]), CAST(:areas AS float8[]))
                         AS u (r, w, t, a)""")
                    .param("rows", new SqlArrayValue("int4", part.toArray()))
                    .param("wkb", new SqlArrayValue("text", (Object[]) wkb))
                    .param("towns", new SqlArrayValue("text", (Object[]) towns))
                    .param("areas", new SqlArrayValue("float8", (Object[]) areas))
                    .update();
        }
    }

    /** A chunk of candidates checked by the batch; the first refused one refuses the commit. */
    private static Map<Integer, Placed> placeAll(FootprintBatch batch, List<Candidate> chunk) {
        if (chunk.isEmpty()) {
            return Map.of();
        }
        List<FootprintBatch.Verdict> verdicts = batch.check(chunk);
        List<Integer> keys = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            if (verdicts.get(i).refused()) {
                throw StaleImportException.row(
                        chunk.get(i).key(), verdicts.get(i).refusal());
            }
            keys.add(chunk.get(i).key());
        }
        Map<Integer, Geometry> geometries = batch.geometries(keys);
        Map<Integer, Placed> placed = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            FootprintBatch.Verdict v = verdicts.get(i);
            placed.put(
                    chunk.get(i).key(), new Placed(geometries.get(chunk.get(i).key()), v.townCode(), v.areaM2()));
        }
        return placed;
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
