package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.RecordRowMapper;
import cn.dongguan.cfk.shared.SqlConditions;
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
        return paging.select(
                jdbc,
                "SELECT count(*) FROM building b " + where.where(),
                SELECT + where.where() + "\nORDER BY b.name, b.id" + Paging.LIMIT,
                where.params(Freshness.sqlParameters(clock)).params(),
                RecordRowMapper.of(BuildingSummary.class));
    }
}
