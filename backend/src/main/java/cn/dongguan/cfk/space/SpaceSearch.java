package cn.dongguan.cfk.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.ResultPage;
import cn.dongguan.cfk.shared.SortOrder;
import cn.dongguan.cfk.shared.SqlConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public search for vacant floor space, in SQL. Listings not confirmed for 120 days are left out
 * (SPEC §7); the sort key is followed by the id, so pages never overlap.
 */
@Repository
@Transactional(readOnly = true)
class SpaceSearch {

    static final List<String> SORT_KEYS = List.of("rent", "area", "updated");
    static final String DEFAULT_SORT = "-updated";
    static final Duration HIDDEN_AFTER = Duration.ofDays(120);

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "rent", "u.rent_yuan_m2_month", "area", "u.vacant_area_m2", "updated", "u.last_confirmed_at");

    private static final String FROM = """
            FROM space_unit u
            JOIN building b ON b.id = u.building_id
            JOIN town t ON t.code = b.town_code
            LEFT JOIN park p ON p.code = b.park_code
            """;

    private static final String COLUMNS = """
            SELECT u.id, u.building_id, b.name AS building_name, b.type AS building_type, b.address,
                   b.fire_hazard_class, b.park_code, p.name AS park_name, b.town_code, t.name AS town_name,
                   t.name_en AS town_name_en, u.floor_from, u.floor_to, u.area_m2, u.vacant_area_m2,
                   u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva, u.rent_yuan_m2_month, u.status,
                   u.available_from, u.last_confirmed_at, u.last_confirmed_at < :staleSince AS stale, u.version,
                   ST_AsGeoJSON(ST_PointOnSurface(b.geom), 7) AS point
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SpaceSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ResultPage<SpaceHit> search(SpaceCriteria c, SortOrder sort, Paging paging) {
        Instant now = clock.instant();
        SqlConditions where = conditions(c, now);
        long total = jdbc.sql("SELECT count(*) " + FROM + where.where())
                .params(where.params())
                .query(Long.class).single();
        if (total <= paging.offset()) {
            return paging.answer(List.of(), total);
        }
        String order = SORT_COLUMNS.get(sort.key()) + " " + sort.direction() + " NULLS LAST, u.id " + sort.direction();
        List<SpaceHit> items = jdbc.sql(COLUMNS + FROM + where.where() + "\nORDER BY " + order + "\nLIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("staleSince", utc(now.minus(Freshness.STALE_AFTER)))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, i) -> hit(rs))
                .list();
        return paging.answer(items, total);
    }

    private static SqlConditions conditions(SpaceCriteria c, Instant now) {
        SqlConditions where = new SqlConditions()
                .always("u.status = 'VACANT'")
                .always("u.vacant_area_m2 > 0")
                .when(utc(now.minus(HIDDEN_AFTER)), "u.last_confirmed_at >= :freshSince", "freshSince")
                .when(c.towns(), "b.town_code IN (:towns)", "towns")
                .when(c.parks(), "b.park_code IN (:parks)", "parks")
                .when(c.industries(), """
                        EXISTS (SELECT 1 FROM park_industry pi
                                WHERE pi.park_code = b.park_code AND pi.industry_code IN (:industries))""", "industries")
                .when(c.minArea(), "u.vacant_area_m2 >= :minArea", "minArea")
                .when(c.maxArea(), "u.vacant_area_m2 <= :maxArea", "maxArea")
                .when(c.minCeilingHeight(), "u.ceiling_height_m >= :minCeilingHeight", "minCeilingHeight")
                .when(c.minFloorLoad(), "u.floor_load_kg_m2 >= :minFloorLoad", "minFloorLoad")
                .when(c.minPowerKva(), "u.power_kva >= :minPowerKva", "minPowerKva")
                .when(c.maxRent(), "u.rent_yuan_m2_month <= :maxRent", "maxRent")
                .when(c.fireRank(), "strpos('" + SpaceCriteria.FIRE_CLASSES + "', b.fire_hazard_class) BETWEEN 1 AND :fireRank", "fireRank")
                .when(c.availableBy(),
                        "(u.available_from IS NULL OR u.available_from <= :availableBy)", "availableBy");
        if (c.groundFloor() != null) {
            where.always(c.groundFloor() ? "u.floor_from = 1" : "u.floor_from > 1");
        }
        if (c.bbox() != null) {
            where.always("""
                            b.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)
                              AND ST_Intersects(ST_PointOnSurface(b.geom), ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326))""")
                    .param("minLon", c.bbox().minLon()).param("minLat", c.bbox().minLat())
                    .param("maxLon", c.bbox().maxLon()).param("maxLat", c.bbox().maxLat());
        }
        for (int i = 0; i < c.qTerms().size(); i++) {
            where.when(c.qTerms().get(i),
                    "concat_ws(' ', b.name, b.address, p.name, t.name, t.name_en) ILIKE :q" + i, "q" + i);
        }
        return where;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static SpaceHit hit(ResultSet rs) throws SQLException {
        return new SpaceHit(rs.getLong("id"), rs.getLong("building_id"), rs.getString("building_name"),
                rs.getString("building_type"), rs.getString("address"), rs.getString("fire_hazard_class"),
                rs.getString("park_code"), rs.getString("park_name"), rs.getString("town_code"),
                rs.getString("town_name"), rs.getString("town_name_en"), rs.getInt("floor_from"), rs.getInt("floor_to"),
                rs.getBigDecimal("area_m2"), rs.getBigDecimal("vacant_area_m2"), rs.getBigDecimal("ceiling_height_m"),
                rs.getBigDecimal("floor_load_kg_m2"), rs.getBigDecimal("power_kva"),
                rs.getBigDecimal("rent_yuan_m2_month"), rs.getString("status"),
                rs.getObject("available_from", LocalDate.class),
                rs.getObject("last_confirmed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("stale"), rs.getLong("version"),
                rs.getString("point"));
    }
}
