package cn.dongguan.cfk.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancy by group, the same way the parks count it: the vacant area of vacant units over the floor
 * area of the buildings. A building counts under every industry its park is positioned for.
 */
@Repository
@Transactional(readOnly = true)
class VacancyStats {

    static final List<String> GROUPS = List.of("park", "town", "industry");

    private static final Map<String, String> FROM = Map.of(
            "park", "FROM park g LEFT JOIN building b ON b.park_code = g.code",
            "town", "FROM town g LEFT JOIN building b ON b.town_code = g.code",
            "industry", """
                    FROM industry g
                    LEFT JOIN park_industry pi ON pi.industry_code = g.code
                    LEFT JOIN building b ON b.park_code = pi.park_code""");
    private static final Map<String, String> NAME_EN =
            Map.of("park", "NULL", "town", "g.name_en", "industry", "g.name_en");
    private static final Map<String, String> ORDER =
            Map.of("park", "g.code", "town", "g.code", "industry", "min(g.sort_order)");

    private final JdbcClient jdbc;

    VacancyStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VacancyRow> by(String group) {
        return jdbc.sql("""
                        WITH v AS (
                            SELECT building_id, sum(vacant_area_m2) AS vacant_area_m2, count(*) AS vacant_units
                            FROM space_unit WHERE status = 'VACANT' GROUP BY building_id
                        )
                        SELECT g.code, g.name, %s AS name_en, count(b.id) AS buildings,
                               coalesce(sum(b.floor_area_m2), 0) AS floor_area_m2,
                               coalesce(sum(v.vacant_area_m2), 0) AS vacant_area_m2,
                               coalesce(sum(v.vacant_units), 0) AS vacant_units
                        %s
                        LEFT JOIN v ON v.building_id = b.id
                        GROUP BY g.code, g.name, name_en
                        ORDER BY %s""".formatted(NAME_EN.get(group), FROM.get(group), ORDER.get(group)))
                .query((rs, i) -> {
                    BigDecimal floor = rs.getBigDecimal("floor_area_m2").setScale(2, RoundingMode.HALF_UP);
                    BigDecimal vacant = rs.getBigDecimal("vacant_area_m2").setScale(2, RoundingMode.HALF_UP);
                    double rate = floor.signum() == 0
                            ? 0
                            : vacant.divide(floor, 4, RoundingMode.HALF_UP).doubleValue();
                    return new VacancyRow(
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("name_en"),
                            rs.getInt("buildings"),
                            floor,
                            vacant,
                            rate,
                            rs.getInt("vacant_units"));
                })
                .list();
    }
}
