package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.enterprise.EnterpriseRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enterprises (企业), the administrators' to import. A row names its enterprise by {@code id} or by its
 * unified social credit code; a row naming none is a new enterprise. Rows are checked by enterprise's
 * rules (GB 32100 check character); the industry must be in the catalogue, credit codes unique.
 */
@Component
class EnterpriseImport extends RowImport {

    private static final NaturalKey KEY = new NaturalKey(
            "creditCode",
            "企业 %s 不存在",
            "Enterprise %s does not exist",
            "同一企业或同一信用代码",
            "the same enterprise or credit code",
            "信用代码 %s 已属于企业 %s",
            "Credit code %s already belongs to enterprise %s");

    private static final String RESOLVE = KEY.resolveSql(
            "enterprise",
            "credit_code",
            "upper(trim(given->>'creditCode'))",
            "given->>'industryCode' AS industry_code",
            """
            m.industry_code IS NULL OR i.code IS NOT NULL AS industry_known,
            CASE WHEN t.id IS NOT NULL THEN jsonb_build_object(
                'name', t.name, 'creditCode', t.credit_code, 'industryCode', t.industry_code, 'grade', t.grade,
                'contactName', t.contact_name, 'contactPhone', t.contact_phone,
                'contactEmail', t.contact_email)::text END AS stored""",
            "LEFT JOIN industry i ON i.code = m.industry_code");

    private final EnterpriseRules rules;
    private final JdbcClient jdbc;

    EnterpriseImport(EnterpriseRules rules, JdbcClient jdbc) {
        super(TransferLayer.ENTERPRISES, RESOLVE, KEY.identities());
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    Outcome check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        Outcome refused = KEY.refusal(rs, row, given);
        if (refused != null) {
            return refused;
        }
        Long target = (Long) rs.getObject("target");
        if (!rs.getBoolean("industry_known")) {
            return Outcome.refused(
                    row,
                    "industryCode",
                    given.get("industryCode"),
                    "产业编号 " + Rows.shown(given.get("industryCode")) + " 不存在（见 /api/industries）",
                    "There is no industry " + Rows.shown(given.get("industryCode")) + " (see /api/industries)");
        }
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        return Rows.checked(row, given, stored, target, EnterpriseRules.FIELDS, rules::enterprise);
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
