package cn.dongguan.cfk.efficiency;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.RecordRowMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reads of 亩均效益 results: a year's list, an enterprise's history, a park's figures. */
@Repository
@Transactional(readOnly = true)
class EfficiencyQueries {

    private static final String COLUMNS = """
            r.enterprise_id, e.name AS enterprise_name, e.credit_code, r.year, r.grade, r.graded_by, r.score,
            r.tax_per_mu, r.revenue_per_mu, r.energy_value_added, r.rd_share, r.land_area_mu
            FROM efficiency_result r JOIN enterprise e ON e.id = r.enterprise_id""";

    /** The filters of a year's list: grades (NONE: not evaluated; empty: all), a park of the occupants, a name. */
    record Filter(int year, List<String> grades, String park) {}

    private final JdbcClient jdbc;
    private final RecordRowMapper<EfficiencyResult> rows = RecordRowMapper.of(EfficiencyResult.class);

    EfficiencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest year with results; empty when there are none. */
    Optional<Integer> latestYear() {
        return jdbc.sql("SELECT max(year) FROM efficiency_result")
                .query(Integer.class)
                .optional();
    }

    Page<EfficiencyResult> list(Filter filter, Paging paging) {
        String where = """
                 WHERE r.year = :year
                   AND (:allGrades OR coalesce(r.grade, 'NONE') IN (:grades))
                   AND (:anyPark OR EXISTS (SELECT 1 FROM space_unit u JOIN building b ON b.id = u.building_id
                                            WHERE u.occupant_enterprise_id = r.enterprise_id AND b.park_code = :park))""";
        Map<String, Object> params = new HashMap<>();
        params.put("year", filter.year());
        params.put("allGrades", filter.grades().isEmpty());
        params.put("grades", filter.grades().isEmpty() ? List.of("") : filter.grades());
        params.put("anyPark", filter.park() == null);
        params.put("park", filter.park() == null ? "" : filter.park());
        return paging.select(
                jdbc,
                "SELECT count(*) FROM efficiency_result r\n" + where,
                "SELECT " + COLUMNS + "\n" + where
                        + "\nORDER BY coalesce(r.grade, 'Z'), r.score DESC NULLS LAST, e.name, r.enterprise_id"
                        + Paging.LIMIT,
                params,
                rows);
    }

    Optional<EnterpriseEfficiency> enterprise(long id) {
        return jdbc.sql("""
                        SELECT e.name, e.credit_code, l.grade FROM enterprise e
                        LEFT JOIN enterprise_latest_grade l ON l.enterprise_id = e.id WHERE e.id = ?""")
                .param(id)
                .query((rs, i) -> new EnterpriseEfficiency(
                        id,
                        rs.getString("name"),
                        rs.getString("credit_code"),
                        rs.getString("grade"),
                        jdbc.sql("SELECT " + COLUMNS + " WHERE r.enterprise_id = ? ORDER BY r.year DESC")
                                .param(id)
                                .query(rows)
                                .list()))
                .optional();
    }

    /**
     * The occupants of units (each enterprise once per park; park null outside the parks) with their
     * result of the year, if any: the one definition of whose figures a park's are.
     */
    private static final String GRADED_OCCUPANTS = """
            WITH occupants AS (
                SELECT DISTINCT b.park_code, u.occupant_enterprise_id AS id
                FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE u.occupant_enterprise_id IS NOT NULL),
            graded AS (
                SELECT o.park_code, o.id, r.grade, r.tax_per_mu, r.revenue_per_mu
                FROM occupants o LEFT JOIN efficiency_result r ON r.enterprise_id = o.id AND r.year = :year)
            """;

    /** The figures over a group of graded occupants {@code g}. */
    private static final String FIGURES = """
            count(g.id) AS occupants, count(g.grade) AS evaluated,
            count(*) FILTER (WHERE g.grade = 'A') AS a, count(*) FILTER (WHERE g.grade = 'B') AS b,
            count(*) FILTER (WHERE g.grade = 'C') AS c, count(*) FILTER (WHERE g.grade = 'D') AS d,
            round(avg(g.tax_per_mu), 2) AS tax, round(avg(g.revenue_per_mu), 2) AS revenue""";

    /** Each park's figures of the year, by code; only the park's when {@code code} is given. */
    List<ParkEfficiency> parks(int year, String code) {
        return jdbc.sql(GRADED_OCCUPANTS + "SELECT p.code, " + FIGURES + """

                        FROM park p LEFT JOIN graded g ON g.park_code = p.code
                        WHERE (CAST(:park AS text) IS NULL OR p.code = :park)
                        GROUP BY p.code ORDER BY p.code""")
                .param("park", code)
                .param("year", year)
                .query((rs, i) -> figures(rs, rs.getString("code"), year))
                .list();
    }

    /** The city's figures of the year: every enterprise occupying a unit anywhere, once. */
    ParkEfficiency city(int year) {
        return jdbc.sql(GRADED_OCCUPANTS + "SELECT " + FIGURES + """

                        FROM (SELECT DISTINCT ON (id) * FROM graded ORDER BY id) g""")
                .param("year", year)
                .query((rs, i) -> figures(rs, null, year))
                .single();
    }

    private static ParkEfficiency figures(ResultSet rs, String code, int year) throws SQLException {
        return new ParkEfficiency(
                code,
                year,
                rs.getInt("occupants"),
                rs.getInt("evaluated"),
                rs.getInt("a"),
                rs.getInt("b"),
                rs.getInt("c"),
                rs.getInt("d"),
                rs.getBigDecimal("tax"),
                rs.getBigDecimal("revenue"));
    }

    boolean parkExists(String code) {
        return jdbc.sql("SELECT count(*) FROM park WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
