package cn.dongguan.cfk.stats;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancy by group from the views of V55, the same figures as the parks and the map: by park the view
 * park_figures, by town or industry the buildings' building_vacancy added up, with vacancy_rate. A
 * building counts under every industry its park is positioned for.
 */
@Repository
@Transactional(readOnly = true)
class VacancyStats {

    static final List<String> GROUPS = List.of("park", "town", "industry");

    private static final String BY_PARK = """
            SELECT g.code, g.name, NULL AS name_en, f.buildings, f.floor_area_m2, f.vacant_area_m2, f.vacancy_rate,
                   f.vacant_units
            FROM park g JOIN park_figures f ON f.park_code = g.code
            ORDER BY g.code""";

    private static final Map<String, String> FROM = Map.of(
            "town", "FROM town g LEFT JOIN building_vacancy v ON v.town_code = g.code",
            "industry", """
                    FROM industry g
                    LEFT JOIN park_industry pi ON pi.industry_code = g.code
                    LEFT JOIN building_vacancy v ON v.park_code = pi.park_code""");
    private static final Map<String, String> ORDER = Map.of("town", "g.code", "industry", "min(g.sort_order)");

    private final JdbcClient jdbc;

    VacancyStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VacancyRow> by(String group) {
        String sql = group.equals("park") ? BY_PARK : """
                SELECT g.code, g.name, g.name_en, count(v.building_id) AS buildings,
                       round(coalesce(sum(v.floor_area_m2), 0), 2) AS floor_area_m2,
                       round(coalesce(sum(v.vacant_area_m2), 0), 2) AS vacant_area_m2,
                       vacancy_rate(sum(v.vacant_area_m2), sum(v.floor_area_m2)) AS vacancy_rate,
                       coalesce(sum(v.vacant_units), 0) AS vacant_units
                %s
                GROUP BY g.code, g.name, g.name_en
                ORDER BY %s""".formatted(FROM.get(group), ORDER.get(group));
        return jdbc.sql(sql)
                .query((rs, i) -> new VacancyRow(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getInt("buildings"),
                        rs.getBigDecimal("floor_area_m2"),
                        rs.getBigDecimal("vacant_area_m2"),
                        rs.getDouble("vacancy_rate"),
                        rs.getInt("vacant_units")))
                .list();
    }
}
