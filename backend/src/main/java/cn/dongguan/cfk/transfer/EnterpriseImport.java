package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.enterprise.EnterpriseRules;
import cn.dongguan.cfk.shared.BadRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enterprises (企业), the administrators' to import. A row names its enterprise by {@code id} or by its
 * unified social credit code; a row naming none is a new enterprise. Rows are checked by enterprise's
 * rules (GB 32100 check character); the industry must be in the catalogue, credit codes unique.
 */
@Component
class EnterpriseImport extends RowImport {

    private static final String RESOLVE = """
            WITH r AS (
                SELECT row_no, given,
                       CASE WHEN jsonb_typeof(given->'id') = 'number' THEN (given->>'id')::numeric::bigint END AS id,
                       upper(trim(given->>'creditCode')) AS credit_code,
                       given->>'industryCode' AS industry_code
                FROM import_row WHERE job_id = ?
            ), matched AS (
                SELECT r.*, byid.id AS by_id, bycode.id AS by_code,
                       CASE WHEN r.id IS NOT NULL THEN byid.id ELSE bycode.id END AS target
                FROM r
                LEFT JOIN enterprise byid ON byid.id = r.id
                LEFT JOIN enterprise bycode ON bycode.credit_code = r.credit_code
            )
            SELECT m.row_no, m.given::text AS given, m.id, m.target, m.by_code,
                   first_value(m.row_no) OVER (PARTITION BY coalesce('e' || m.target, 'n' || coalesce(m.credit_code, '#' || m.row_no))
                       ORDER BY m.row_no) AS first_row,
                   first_value(m.row_no) OVER (PARTITION BY coalesce(m.credit_code, '#' || m.row_no) ORDER BY m.row_no) AS first_with_code,
                   m.industry_code IS NULL OR i.code IS NOT NULL AS industry_known,
                   CASE WHEN e.id IS NOT NULL THEN jsonb_build_object(
                       'name', e.name, 'creditCode', e.credit_code, 'industryCode', e.industry_code, 'grade', e.grade,
                       'contactName', e.contact_name, 'contactPhone', e.contact_phone,
                       'contactEmail', e.contact_email)::text END AS stored
            FROM matched m
            LEFT JOIN enterprise e ON e.id = m.target
            LEFT JOIN industry i ON i.code = m.industry_code
            ORDER BY m.row_no""";

    private final EnterpriseRules rules;
    private final JdbcClient jdbc;

    EnterpriseImport(EnterpriseRules rules, JdbcClient jdbc) {
        super(TransferLayer.ENTERPRISES, RESOLVE, List.of(List.of("id"), List.of("creditCode")));
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    Outcome check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        Long id = (Long) rs.getObject("id");
        Long target = (Long) rs.getObject("target");
        if (id != null && target == null) {
            return Outcome.refused(
                    row, "id", given.get("id"), "企业 " + id + " 不存在", "Enterprise " + id + " does not exist");
        }
        int first = rs.getInt("first_row");
        int firstWithCode = rs.getInt("first_with_code");
        if (first != row || firstWithCode != row) {
            int other = first != row ? first : firstWithCode;
            return Outcome.refused(
                    row,
                    "creditCode",
                    given.get("creditCode"),
                    "与第 " + other + " 行重复（同一企业或同一信用代码）",
                    "A duplicate of row " + other + " (the same enterprise or credit code)");
        }
        Long byCode = (Long) rs.getObject("by_code");
        if (target != null && byCode != null && !byCode.equals(target)) {
            return Outcome.refused(
                    row,
                    "creditCode",
                    given.get("creditCode"),
                    "信用代码 " + Rows.shown(given.get("creditCode")) + " 已属于企业 " + byCode,
                    "Credit code " + Rows.shown(given.get("creditCode")) + " already belongs to enterprise " + byCode);
        }
        if (!rs.getBoolean("industry_known")) {
            return Outcome.refused(
                    row,
                    "industryCode",
                    given.get("industryCode"),
                    "产业编号 " + Rows.shown(given.get("industryCode")) + " 不存在（见 /api/industries）",
                    "There is no industry " + Rows.shown(given.get("industryCode")) + " (see /api/industries)");
        }
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        ObjectNode checked;
        try {
            checked = rules.enterprise(Rows.merged(stored, given, EnterpriseRules.FIELDS));
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        }
        ArrayNode diff = Rows.diff(stored, checked, EnterpriseRules.FIELDS);
        if (target == null) {
            return Outcome.added(row, checked, diff, false);
        }
        return Outcome.updated(row, target, null, checked, stored, diff, false);
    }

    @Override
    public void commit(long job, String actor, Instant now) {
        jdbc.sql("""
                UPDATE enterprise e SET name = c->>'name', credit_code = c->>'creditCode', industry_code = c->>'industryCode',
                       grade = c->>'grade', contact_name = c->>'contactName', contact_phone = c->>'contactPhone',
                       contact_email = c->>'contactEmail'
                FROM (SELECT target_id, checked AS c FROM import_outcome WHERE job_id = ? AND action = 'CHANGED') o
                WHERE e.id = o.target_id""").param(job).update();
        jdbc.sql("""
                INSERT INTO enterprise (name, credit_code, industry_code, grade, contact_name, contact_phone, contact_email)
                SELECT c->>'name', c->>'creditCode', c->>'industryCode', c->>'grade', c->>'contactName',
                       c->>'contactPhone', c->>'contactEmail'
                FROM (SELECT checked AS c, row_no FROM import_outcome WHERE job_id = ? AND action = 'NEW') o
                ORDER BY o.row_no""").param(job).update();
    }
}
