package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.efficiency.EfficiencyGrading;
import cn.dongguan.cfk.efficiency.EfficiencyRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * 亩均效益 results (issue 16), staff's and administrators' to import: a row names a registered
 * enterprise by its credit code and the year; a stored result of that enterprise and year is
 * updated, other years are kept (the history). Rows are checked by efficiency's rules; after the
 * commit the years written are graded by the configured method where a row has figures but no grade.
 */
@Component
class EfficiencyImport extends RowImport {

    private static final String RESOLVE = """
            WITH r AS (
                SELECT row_no, given, upper(trim(given->>'creditCode')) AS credit_code,
                       CASE WHEN jsonb_typeof(given->'year') = 'number' THEN (given->>'year')::numeric::bigint END AS year
                FROM import_row WHERE job_id = ?
            )
            SELECT r.row_no, r.given::text AS given, r.credit_code, e.id AS enterprise_id, x.id AS result_id,
                   first_value(r.row_no) OVER (
                       PARTITION BY coalesce(r.credit_code, '#' || r.row_no), coalesce(r.year::text, '#' || r.row_no)
                       ORDER BY r.row_no) AS first_row,
                   CASE WHEN x.id IS NOT NULL THEN jsonb_build_object(
                       'year', x.year, 'grade', CASE WHEN x.graded_by = 'BUREAU' THEN x.grade END,
                       'taxPerMu', x.tax_per_mu, 'revenuePerMu', x.revenue_per_mu,
                       'energyValueAdded', x.energy_value_added, 'rdShare', x.rd_share,
                       'landAreaMu', x.land_area_mu)::text END AS stored
            FROM r
            LEFT JOIN enterprise e ON e.credit_code = r.credit_code
            LEFT JOIN efficiency_result x ON x.enterprise_id = e.id AND x.year = r.year
            ORDER BY r.row_no""";

    private final EfficiencyRules rules;
    private final EfficiencyGrading grading;
    private final JdbcClient jdbc;

    EfficiencyImport(EfficiencyRules rules, EfficiencyGrading grading, JdbcClient jdbc) {
        super(TransferLayer.EFFICIENCY, RESOLVE, List.of(List.of("creditCode", "year")));
        this.rules = rules;
        this.grading = grading;
        this.jdbc = jdbc;
    }

    @Override
    Outcome check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        String code = rs.getString("credit_code");
        if (code == null || code.isEmpty()) {
            return Outcome.refused(
                    row, "creditCode", given.get("creditCode"), "缺少统一社会信用代码", "The credit code is missing");
        }
        Long enterprise = (Long) rs.getObject("enterprise_id");
        if (enterprise == null) {
            return Outcome.refused(
                    row,
                    "creditCode",
                    given.get("creditCode"),
                    "没有信用代码为 " + code + " 的已登记企业（请先导入企业）",
                    "No registered enterprise has the credit code " + code + " (import the enterprise first)");
        }
        int first = rs.getInt("first_row");
        if (first != row) {
            return Rows.duplicate(row, first, "year", given, "同一企业同一年度", "the same enterprise and year");
        }
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        Long result = (Long) rs.getObject("result_id");
        UnaryOperator<ObjectNode> checks = merged -> rules.result(merged).put("enterpriseId", enterprise);
        return Rows.checked(row, given, stored, result, EfficiencyRules.FIELDS, checks);
    }

    @Override
    public void commit(long job, String actor, Instant now) {
        jdbc.sql("""
                UPDATE efficiency_result x SET grade = c->>'grade',
                       graded_by = CASE WHEN c->>'grade' IS NULL THEN 'METHOD' ELSE 'BUREAU' END, score = NULL,
                       tax_per_mu = (c->>'taxPerMu')::numeric, revenue_per_mu = (c->>'revenuePerMu')::numeric,
                       energy_value_added = (c->>'energyValueAdded')::numeric, rd_share = (c->>'rdShare')::numeric,
                       land_area_mu = (c->>'landAreaMu')::numeric
                FROM (SELECT target_id, checked AS c FROM import_outcome WHERE job_id = ? AND action = 'CHANGED') o
                WHERE x.id = o.target_id""").param(job).update();
        jdbc.sql("""
                INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by, tax_per_mu, revenue_per_mu,
                                               energy_value_added, rd_share, land_area_mu)
                SELECT (c->>'enterpriseId')::bigint, (c->>'year')::int, c->>'grade',
                       CASE WHEN c->>'grade' IS NULL THEN 'METHOD' ELSE 'BUREAU' END,
                       (c->>'taxPerMu')::numeric, (c->>'revenuePerMu')::numeric, (c->>'energyValueAdded')::numeric,
                       (c->>'rdShare')::numeric, (c->>'landAreaMu')::numeric
                FROM (SELECT checked AS c, row_no FROM import_outcome WHERE job_id = ? AND action = 'NEW') o
                ORDER BY o.row_no""").param(job).update();
        List<Integer> years = jdbc.sql("""
                        SELECT DISTINCT (checked->>'year')::int FROM import_outcome
                        WHERE job_id = ? AND action IN ('NEW', 'CHANGED') ORDER BY 1""").param(job).query(Integer.class).list();
        years.forEach(grading::regrade);
    }
}
