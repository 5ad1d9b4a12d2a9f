package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.FeatureCollection;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.SqlConditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Buildings with their vacancy, listed by park or town, or as map features in a bounding box. */
@Repository
@Transactional(readOnly = true)
class BuildingSummaries {

    private static final String SELECT = """
            SELECT b.id, b.name, b.type, b.park_code, b.town_code, b.floors, b.floor_area_m2, b.fire_hazard_class,
                   coalesce(v.vacant_area_m2, 0) AS vacant_area_m2, coalesce(v.vacant_units, 0) AS vacant_units,
                   coalesce(v.stale, false) AS stale %s
            FROM building b
            LEFT JOIN LATERAL (
                SELECT sum(u.vacant_area_m2) AS vacant_area_m2, count(*) AS vacant_units,
                       bool_or(u.last_confirmed_at < :staleSince) AS stale
                FROM space_unit u WHERE u.building_id = b.id AND u.status = 'VACANT'
            ) v ON true
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
                        SELECT.formatted("") + where.where() + "\nORDER BY b.name, b.id LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("staleSince", staleSince())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, i) -> summary(rs))
                .list();
        return paging.answer(items, total);
    }

    /** Up to {@code limit} buildings in the box, and one more to tell whether there were more. */
    List<FeatureCollection.Feature> features(BBox bbox, int limit) {
        return jdbc.sql(
                        SELECT.formatted(", ST_AsGeoJSON(b.geom, 6) AS geometry")
                                + "WHERE b.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)\nORDER BY b.id LIMIT :limit")
                .param("minLon", bbox.minLon())
                .param("minLat", bbox.minLat())
                .param("maxLon", bbox.maxLon())
                .param("maxLat", bbox.maxLat())
                .param("staleSince", staleSince())
                .param("limit", limit + 1)
                .query((rs, i) -> FeatureCollection.Feature.of(rs.getLong("id"), rs.getString("geometry"), summary(rs)))
                .list();
    }

    private Object staleSince() {
        return clock.instant().minus(Freshness.STALE_AFTER).atOffset(ZoneOffset.UTC);
    }

    private static BuildingSummary summary(ResultSet rs) throws SQLException {
        BigDecimal floor = rs.getBigDecimal("floor_area_m2");
        BigDecimal vacant = rs.getBigDecimal("vacant_area_m2");
        double share = floor.signum() == 0
                ? 0
                : vacant.divide(floor, 4, RoundingMode.HALF_UP).doubleValue();
        return new BuildingSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("park_code"),
                rs.getString("town_code"),
                rs.getInt("floors"),
                floor,
                rs.getString("fire_hazard_class"),
                vacant,
                share,
                rs.getInt("vacant_units"),
                rs.getBoolean("stale"));
    }
}
