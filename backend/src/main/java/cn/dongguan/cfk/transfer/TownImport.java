package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Subject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Towns (镇街), the administrators' to import, usually from the bureau's GIS file: a row names its
 * town by {@code code}; a code not stored is a new town (its name, English name and boundary needed).
 * A boundary is checked by geometry's pipeline; when boundaries change, the towns of buildings,
 * parcels and parks follow them in the same transaction ({@link Boundaries}).
 */
@Component
class TownImport extends RowImport {

    static final List<String> FIELDS = List.of("name", "nameEn");
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,32}");

    private static final String RESOLVE = """
            WITH r AS (
                SELECT row_no, given, j.crs AS job_crs, upper(trim(given->>'code')) AS code,
                       CASE WHEN jsonb_typeof(given->'geometry') = 'object' THEN given->'geometry' END AS geometry
                FROM import_row JOIN import_job j ON j.id = import_row.job_id WHERE import_row.job_id = ?
            )
            SELECT r.row_no, r.given::text AS given, r.code, t.code AS target,
                   first_value(r.row_no) OVER (PARTITION BY coalesce(r.code, '#' || r.row_no) ORDER BY r.row_no) AS first_row,
                   CASE WHEN t.code IS NOT NULL THEN jsonb_build_object('name', t.name, 'nameEn', t.name_en)::text END AS stored,
                   (SELECT o.code FROM town o WHERE o.name = r.given->>'name' AND o.code IS DISTINCT FROM r.code) AS name_taken_by,
                   import_same_geometry(r.geometry, r.job_crs, t.geom) AS same_geometry
            FROM r LEFT JOIN town t ON t.code = r.code
            ORDER BY r.row_no""";

    private final Boundaries boundaries;
    private final JdbcClient jdbc;

    TownImport(Boundaries boundaries, JdbcClient jdbc) {
        super(TransferLayer.TOWNS, RESOLVE, List.of(List.of("code")));
        this.boundaries = boundaries;
        this.jdbc = jdbc;
    }

    @Override
    Outcome check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        String code = rs.getString("code");
        if (code == null || !CODE.matcher(code).matches()) {
            return Outcome.refused(
                    row,
                    "code",
                    given.get("code"),
                    "镇街编号应为大写拼音字母，如 DONGCHENG",
                    "A town code is upper-case pinyin letters, such as DONGCHENG");
        }
        if (rs.getInt("first_row") != row) {
            return Rows.duplicate(row, rs.getInt("first_row"), "code", given, "同一镇街", "the same town");
        }
        String takenBy = rs.getString("name_taken_by");
        if (takenBy != null) {
            return Outcome.refused(
                    row,
                    "name",
                    given.get("name"),
                    "镇街名称已属于 " + takenBy,
                    "The town name already belongs to " + takenBy);
        }
        String target = rs.getString("target");
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        ObjectNode checked = Rows.merged(stored, given, FIELDS);
        checked.put("code", code);
        List<RowError> errors = new ArrayList<>();
        text(row, checked, "name", "镇街名称", "The town's name", 32, errors);
        text(row, checked, "nameEn", "英文名称", "The English name", 64, errors);
        if (target == null && !Rows.hasGeometry(given)) {
            errors.add(new RowError(row, "geometryWkt", null, "新镇街需要边界", "A new town needs its boundary"));
        }
        if (!errors.isEmpty()) {
            return Outcome.rejected(row, errors);
        }
        Boundaries.Changes changes = new Boundaries.Changes(stored, checked, FIELDS, null);
        return boundaries.outcome(Subject.TOWN, row, rs, context, given, changes, boundary -> {});
    }

    private static void text(
            int row, ObjectNode c, String field, String zh, String en, int max, List<RowError> errors) {
        String value = c.path(field).asString(null);
        if (value == null || value.isBlank()) {
            errors.add(new RowError(row, field, null, zh + "不能为空", en + " is required"));
        } else if (value.length() > max) {
            errors.add(new RowError(
                    row, field, value, zh + "最多 " + max + " 个字符", en + " has at most " + max + " characters"));
        }
    }

    @Override
    public void commit(long job, String actor, Instant now) {
        jdbc.sql("""
                UPDATE town t SET name = c->>'name', name_en = c->>'nameEn',
                       geom = coalesce(ST_SetSRID(ST_GeomFromGeoJSON(c->>'boundary'), 4326), t.geom)
                FROM (SELECT checked AS c FROM import_outcome WHERE job_id = ? AND action = 'CHANGED') o
                WHERE t.code = o.c->>'code'""").param(job).update();
        jdbc.sql("""
                INSERT INTO town (code, name, name_en, geom)
                SELECT c->>'code', c->>'name', c->>'nameEn', ST_SetSRID(ST_GeomFromGeoJSON(c->>'boundary'), 4326)
                FROM (SELECT checked AS c, row_no FROM import_outcome WHERE job_id = ? AND action = 'NEW') o
                ORDER BY o.row_no""").param(job).update();
        boolean moved = jdbc.sql("""
                        SELECT count(*) > 0 FROM import_outcome WHERE job_id = ? AND action IN ('NEW', 'CHANGED') AND placement""").param(job).query(Boolean.class).single();
        if (moved) {
            boundaries.refreshTowns();
        }
    }
}
