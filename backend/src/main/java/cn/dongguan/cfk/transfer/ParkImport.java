package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.park.ParkFields;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parks (园区), the administrators' to import: a row names its park by {@code code} (DG-Pnn); a code
 * not stored is a new park (name, level and boundary needed). Fields are checked as park's edits are
 * ({@link ParkFields}); industries (comma-separated codes) must be in the catalogue. A boundary is
 * checked by geometry's pipeline, must still hold the park's buildings and parcels and may not
 * overlap another park; the parks' towns then follow the boundaries.
 */
@Component
class ParkImport extends RowImport {

    static final List<String> FIELDS =
            List.of("name", "level", "industries", "plannedAreaM2", "managingBody", "contactName", "contactPhone");

    private static final String RESOLVE = """
            WITH r AS (
                SELECT row_no, given, j.crs AS job_crs, upper(trim(given->>'code')) AS code,
                       CASE WHEN jsonb_typeof(given->'geometry') = 'object' THEN given->'geometry' END AS geometry
                FROM import_row JOIN import_job j ON j.id = import_row.job_id WHERE import_row.job_id = ?
            )
            SELECT r.row_no, r.given::text AS given, r.code, p.code AS target, p.version,
                   first_value(r.row_no) OVER (PARTITION BY coalesce(r.code, '#' || r.row_no) ORDER BY r.row_no) AS first_row,
                   CASE WHEN p.code IS NOT NULL THEN jsonb_build_object(
                       'name', p.name, 'level', p.level, 'plannedAreaM2', p.planned_area_m2,
                       'managingBody', p.managing_body, 'contactName', p.contact_name, 'contactPhone', p.contact_phone,
                       'industries', coalesce((SELECT jsonb_agg(industry_code ORDER BY industry_code)
                                               FROM park_industry WHERE park_code = p.code), '[]'::jsonb))::text END AS stored,
                   (SELECT o.code FROM park o WHERE o.name = r.given->>'name' AND o.code IS DISTINCT FROM r.code) AS name_taken_by,
                   import_same_geometry(r.geometry, r.job_crs, p.geom) AS same_geometry
            FROM r LEFT JOIN park p ON p.code = r.code
            ORDER BY r.row_no""";

    /** What a new boundary would leave out or overlap: the first such building, parcel or park. */
    private static final String CONFLICT = """
            WITH g AS (SELECT ST_GeomFromText(:wkt, 4326) AS g)
            SELECT * FROM (
                (SELECT '楼栋 ' || b.name || '（编号 ' || b.id || '）' AS zh, 'building ' || b.id AS en,
                        ST_X(ST_PointOnSurface(b.geom)) AS lon, ST_Y(ST_PointOnSurface(b.geom)) AS lat
                 FROM building b, g WHERE b.park_code = :code AND NOT ST_CoveredBy(b.geom, g.g) ORDER BY b.id LIMIT 1)
                UNION ALL
                (SELECT '地块 ' || l.parcel_no, 'parcel ' || l.parcel_no,
                        ST_X(ST_PointOnSurface(l.geom)), ST_Y(ST_PointOnSurface(l.geom))
                 FROM parcel l, g WHERE l.park_code = :code AND NOT ST_CoveredBy(l.geom, g.g) ORDER BY l.id LIMIT 1)
                UNION ALL
                (SELECT '另一园区 ' || p.name || '（' || p.code || '）', 'another park, ' || p.code,
                        ST_X(ST_PointOnSurface(ST_Intersection(p.geom, g.g))), ST_Y(ST_PointOnSurface(ST_Intersection(p.geom, g.g)))
                 FROM park p, g WHERE p.code IS DISTINCT FROM :code AND ST_Intersects(p.geom, g.g)
                   AND ST_Area(ST_Intersection(p.geom, g.g)::geography) > 1 ORDER BY p.code LIMIT 1)) c
            LIMIT 1""";

    private final Boundaries boundaries;
    private final JsonBodies bodies;
    private final JdbcClient jdbc;

    ParkImport(Boundaries boundaries, JsonBodies bodies, JdbcClient jdbc) {
        super(TransferLayer.PARKS, RESOLVE, List.of(List.of("code")));
        this.boundaries = boundaries;
        this.bodies = bodies;
        this.jdbc = jdbc;
    }

    @Override
    Outcome check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        String code;
        try {
            code = ParkCode.parse(rs.getString("code"), "code");
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        }
        if (rs.getInt("first_row") != row) {
            return Rows.duplicate(row, rs.getInt("first_row"), "code", given, "同一园区", "the same park");
        }
        if (rs.getString("name_taken_by") != null) {
            return Outcome.refused(
                    row,
                    "name",
                    given.get("name"),
                    "园区名称已属于 " + rs.getString("name_taken_by"),
                    "The park name already belongs to " + rs.getString("name_taken_by"));
        }
        if (given.has("industries")) {
            given.set("industries", industries(given.get("industries")));
        }
        String target = rs.getString("target");
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        ObjectNode checked = Rows.merged(stored, given, FIELDS);
        if (!checked.has("industries")) {
            checked.set("industries", Rows.JSON.createArrayNode());
        }
        try {
            bodies.read(checked, ParkFields.class);
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        }
        List<String> unknown = jdbc.sql("""
                        SELECT i FROM jsonb_array_elements_text(CAST(:list AS jsonb)) i
                        WHERE NOT EXISTS (SELECT 1 FROM industry WHERE code = i)""")
                .param("list", checked.get("industries").toString())
                .query(String.class)
                .list();
        if (!unknown.isEmpty()) {
            return Outcome.refused(
                    row,
                    "industries",
                    given.get("industries"),
                    "产业编号 " + String.join("、", unknown) + " 不存在（见 /api/industries）",
                    "There is no industry " + String.join(", ", unknown) + " (see /api/industries)");
        }
        checked.put("code", code);
        if (target == null && !Rows.hasGeometry(given)) {
            return Outcome.refused(row, "geometryWkt", null, "新园区需要边界", "A new park needs its boundary");
        }
        Boundaries.Changes changes = new Boundaries.Changes(stored, checked, FIELDS, rs.getLong("version"));
        return boundaries.outcome(
                Subject.PARK, row, rs, context, given, changes, boundary -> requireHolds(code, boundary));
    }

    /** Industries as a file gives them: "A,B" (or 、，; or spaces), sorted. */
    private static JsonNode industries(JsonNode value) {
        ArrayNode list = Rows.JSON.createArrayNode();
        if (Rows.none(value)) {
            return list;
        }
        Arrays.stream(value.asString().split("[,，、;；\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .sorted()
                .forEach(list::add);
        return list;
    }

    private void requireHolds(String code, Geometry boundary) {
        record Conflict(String zh, String en, double lon, double lat) {}
        jdbc.sql(CONFLICT)
                .param("wkt", boundary.toText())
                .param("code", code)
                .query((rs, i) ->
                        new Conflict(rs.getString("zh"), rs.getString("en"), rs.getDouble("lon"), rs.getDouble("lat")))
                .optional()
                .ifPresent(c -> {
                    String at = String.format("%.6f, %.6f", c.lon(), c.lat());
                    boolean park = c.en().startsWith("another park");
                    throw new BadRequestException(
                            "geometry",
                            park ? "新的园区边界与" + c.zh() + "重叠，位置 " + at : "新的园区边界未包含" + c.zh() + "，位置 " + at,
                            park
                                    ? "The new park boundary overlaps " + c.en() + " at " + at
                                    : "The new park boundary leaves out " + c.en() + " at " + at);
                });
    }

    @Override
    public void commit(long job, String actor, Instant now) {
        int expected = jdbc.sql("SELECT count(*) FROM import_outcome WHERE job_id = ? AND action = 'CHANGED'")
                .param(job)
                .query(Integer.class)
                .single();
        int updated = jdbc.sql("""
                UPDATE park p SET name = c->>'name', level = c->>'level', planned_area_m2 = (c->>'plannedAreaM2')::numeric,
                       managing_body = c->>'managingBody', contact_name = c->>'contactName', contact_phone = c->>'contactPhone',
                       geom = coalesce(ST_SetSRID(ST_GeomFromGeoJSON(c->>'boundary'), 4326), p.geom), version = p.version + 1
                FROM (SELECT target_version, checked AS c FROM import_outcome WHERE job_id = ? AND action = 'CHANGED') o
                WHERE p.code = o.c->>'code' AND p.version = o.target_version""").param(job).update();
        StaleImportException.requireAll(updated, expected, "园区|parks");
        jdbc.sql("""
                INSERT INTO park (code, name, level, geom, planned_area_m2, managing_body, contact_name, contact_phone)
                SELECT c->>'code', c->>'name', c->>'level', ST_SetSRID(ST_GeomFromGeoJSON(c->>'boundary'), 4326),
                       (c->>'plannedAreaM2')::numeric, c->>'managingBody', c->>'contactName', c->>'contactPhone'
                FROM (SELECT checked AS c, row_no FROM import_outcome WHERE job_id = ? AND action = 'NEW') o
                ORDER BY o.row_no""").param(job).update();
        jdbc.sql("""
                DELETE FROM park_industry pi USING import_outcome o
                WHERE o.job_id = ? AND o.action IN ('NEW', 'CHANGED') AND pi.park_code = o.checked->>'code'
                  AND NOT (o.checked->'industries') @> to_jsonb(pi.industry_code::text)""").param(job).update();
        jdbc.sql("""
                INSERT INTO park_industry (park_code, industry_code)
                SELECT o.checked->>'code', i FROM import_outcome o, jsonb_array_elements_text(o.checked->'industries') i
                WHERE o.job_id = ? AND o.action IN ('NEW', 'CHANGED')
                ON CONFLICT DO NOTHING""").param(job).update();
        boolean moved = jdbc.sql("""
                        SELECT count(*) > 0 FROM import_outcome WHERE job_id = ? AND action IN ('NEW', 'CHANGED') AND placement""").param(job).query(Boolean.class).single();
        if (moved) {
            boundaries.refreshTowns();
        }
    }
}
