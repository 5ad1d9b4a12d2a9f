package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.SqlConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buildings with their vacancy (the view {@code building_vacancy}, V55), listed by park or town. A
 * building is stale when one of its vacant listings is ({@link Freshness}).
 */
@Repository
@Transactional(readOnly = true)
class BuildingSummaries {

    private static final String SELECT = """
            SELECT b.id, b.name, b.type, b.park_code, b.town_code, b.floors, b.floor_area_m2, b.fire_hazard_class,
                   v.vacant_area_m2, v.vacancy_share, v.vacant_units,
                   coalesce(v.oldest_vacant_confirmed_at < :staleBefore, false) AS stale
            FROM building b
            JOIN building_vacancy v ON v.building_id = b.id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    BuildingSummaries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Page<BuildingSummary> list(List<String> parks, List<String> towns, Paging paging) {
        SqlConditions where = new SqlConditions()
                .when(parks, "b.park_code IN (:parks)", "parks")
                .when(towns, "b.town_code IN (:towns)", "towns");
        long total = jdbc.sql("SELECT count(*) FROM building b " + where.where())
                .params(where.params())
                .query(Long.class)
                .single();
        List<BuildingSummary> items = jdbc.sql(
                        SELECT + where.where() + "\nORDER BY b.name, b.id LIMIT :limit OFFSET :offset")
                .params(where.params())
                .params(Freshness.sqlParameters(clock))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, i) -> summary(rs))
                .list();
        return paging.answer(items, total);
    }

    private static BuildingSummary summary(ResultSet rs) throws SQLException {
        return new BuildingSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("park_code"),
                rs.getString("town_code"),
                rs.getInt("floors"),
                rs.getBigDecimal("floor_area_m2"),
                rs.getString("fire_hazard_class"),
                rs.getBigDecimal("vacant_area_m2"),
                rs.getDouble("vacancy_share"),
                rs.getInt("vacant_units"),
                rs.getBoolean("stale"));
    }
}
