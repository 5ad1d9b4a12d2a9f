package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.HitChange;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.RecordRowMapper;
import cn.dongguan.cfk.shared.SearchFilters;
import cn.dongguan.cfk.shared.SortOrder;
import cn.dongguan.cfk.shared.SqlConditions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public search for vacant floor space, in SQL on space_listing (the vacant units with what the
 * filters need from their buildings; see V20__space_and_land_search.sql). Hidden listings are left out
 * and stale ones flagged ({@link Freshness}); the sort key is followed by the unit id, so pages never
 * overlap.
 */
@Repository
@Transactional(readOnly = true)
class SpaceSearch {

    private static final List<String> SORT_KEYS = List.of("rent", "area", "updated");
    private static final String DEFAULT_SORT = "-updated";

    /** The order a search's {@code sort} asks for; 400 naming {@code sort} when it is not one of the keys. */
    static SortOrder order(String sort) {
        return SortOrder.parse(sort, SORT_KEYS, DEFAULT_SORT, "sort");
    }

    private static final Map<String, String> SORT_COLUMNS =
            Map.of("rent", "s.rent_yuan_m2_month", "area", "s.vacant_area_m2", "updated", "s.last_confirmed_at");

    /** Only free-text search needs the names; every other filter reads the listing alone. */
    private static final String NAMES = """
            JOIN building b ON b.id = s.building_id
            JOIN town t ON t.code = s.town_code
            LEFT JOIN park p ON p.code = s.park_code
            """;

    /** The names for free text, also of a listing whose building is gone (a standing search's row before). */
    private static final String STANDING_NAMES = """
            LEFT JOIN building b ON b.id = s.building_id
            LEFT JOIN town t ON t.code = s.town_code
            LEFT JOIN park p ON p.code = s.park_code
            """;

    private static final String PAGE = """
            WITH hit AS (
                SELECT s.unit_id, %1$s AS sort_key, s.available_from, s.expected_completion
                FROM space_listing s
                %2$s
                %3$s
                ORDER BY %1$s %4$s NULLS LAST, s.unit_id %4$s
                LIMIT :limit OFFSET :offset
            )
            SELECT u.id, u.building_id, b.name AS building_name, b.type AS building_type, b.address,
                   b.fire_hazard_class, b.park_code, p.name AS park_name, b.town_code, t.name AS town_name,
                   t.name_en AS town_name_en, u.floor_from, u.floor_to, u.area_m2, u.vacant_area_m2,
                   u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva, u.rent_yuan_m2_month, u.status,
                   hit.available_from, u.last_confirmed_at, u.last_confirmed_at < :staleBefore AS stale, u.version,
                   hit.expected_completion IS NOT NULL AS under_construction, hit.expected_completion,
                   ST_AsGeoJSON(ST_PointOnSurface(b.geom), 7) AS point
            FROM hit
            JOIN space_unit u ON u.id = hit.unit_id
            JOIN building b ON b.id = u.building_id
            JOIN town t ON t.code = b.town_code
            LEFT JOIN park p ON p.code = b.park_code
            ORDER BY hit.sort_key %4$s NULLS LAST, hit.unit_id %4$s
            """;

    private static final RowMapper<SpaceHit> HITS = RecordRowMapper.of(SpaceHit.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SpaceSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Page<SpaceHit> search(SpaceCriteria c, SortOrder sort, Paging paging) {
        SqlConditions where = conditions(c).params(Freshness.sqlParameters(clock));
        String names = c.qTerms().isEmpty() ? "" : NAMES;
        return paging.select(
                jdbc,
                "SELECT count(*) FROM space_listing s\n" + names + where.where(),
                PAGE.formatted(SORT_COLUMNS.get(sort.key()), names, where.where(), sort.direction()),
                where.params(),
                HITS);
    }

    /** Every hit of the search, in its order, one at a time (an export). */
    void each(SpaceCriteria c, SortOrder sort, Consumer<SpaceHit> consumer) {
        SqlConditions where = conditions(c).params(Freshness.sqlParameters(clock));
        String names = c.qTerms().isEmpty() ? "" : NAMES;
        String sql = PAGE.formatted(SORT_COLUMNS.get(sort.key()), names, where.where(), sort.direction());
        jdbc.sql(sql)
                .params(where.params())
                .param("limit", Long.MAX_VALUE)
                .param("offset", 0)
                .query(rs -> {
                    consumer.accept(HITS.mapRow(rs, 0));
                });
    }

    /**
     * Whether a listing row (space_listing as JSON; null when the unit is not listed) is a hit of the
     * search now: the same conditions, on that one row (the reverse direction of saved searches).
     */
    boolean lists(SpaceCriteria c, String listingJson) {
        if (listingJson == null) {
            return false;
        }
        SqlConditions where = conditions(c).params(Freshness.sqlParameters(clock));
        String names = c.qTerms().isEmpty() ? "" : NAMES;
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM jsonb_populate_record(NULL::space_listing, CAST(:listing AS jsonb)) s\n"
                                + names + where.where() + ")")
                .params(where.params())
                .param("listing", listingJson)
                .query(Boolean.class)
                .single();
    }

    private static final String AVAILABLE_BY = "(s.available_from IS NULL OR s.available_from <= {v})";
    private static final String FUTURE_SUPPLY =
            "CASE {v} WHEN 'ONLY' THEN s.expected_completion IS NOT NULL ELSE s.expected_completion IS NULL END";
    private static final String GROUND_FLOOR = "CASE WHEN {v} THEN s.floor_from = 1 ELSE s.floor_from > 1 END";

    /**
     * The filters of /api/spaces, each declared once on the listing {@code s} (and, for free text, its
     * building {@code b}, town {@code t} and park {@code p}): the search binds them, a saved search keeps
     * their values and is checked by the same fragments ({@link #changedHits}).
     */
    private static final SearchFilters<SpaceCriteria> FILTERS = new SearchFilters<SpaceCriteria>()
            .list("towns", "towns", SpaceCriteria::towns, "s.town_code = ANY ({v})")
            .list("parks", "parks", SpaceCriteria::parks, "s.park_code = ANY ({v})")
            .list("industries", "industries", SpaceCriteria::industries, """
                    s.park_code IN (SELECT pi.park_code FROM park_industry pi WHERE pi.industry_code = ANY ({v}))""")
            .value("minArea", "min_area", SpaceCriteria::minArea, "s.vacant_area_m2 >= {v}")
            .value("maxArea", "max_area", SpaceCriteria::maxArea, "s.vacant_area_m2 <= {v}")
            .value(
                    "minCeilingHeight",
                    "min_ceiling_height",
                    SpaceCriteria::minCeilingHeight,
                    "s.ceiling_height_m >= {v}")
            .value("minFloorLoad", "min_floor_load", SpaceCriteria::minFloorLoad, "s.floor_load_kg_m2 >= {v}")
            .value("minPowerKva", "min_power_kva", SpaceCriteria::minPowerKva, "s.power_kva >= {v}")
            .value("maxRent", "max_rent", SpaceCriteria::maxRent, "s.rent_yuan_m2_month <= {v}")
            .value("fireRank", "fire_rank", SpaceCriteria::fireRank, "s.fire_rank <= {v}")
            .value("availableBy", "available_by", SpaceCriteria::availableBy, AVAILABLE_BY)
            .value("groundFloor", "ground_floor", SpaceCriteria::groundFloor, GROUND_FLOOR)
            .value("futureSupply", "future_supply", SpaceSearch::futureSupply, FUTURE_SUPPLY)
            // For points, overlapping the box is lying in it (edges included), and uses the GiST index.
            .box("bbox", SpaceCriteria::bbox, box -> box.overlaps("s.point"))
            .list(
                    "q",
                    "q_terms",
                    SpaceCriteria::qTerms,
                    "concat_ws(' ', b.name, b.address, p.name, t.name, t.name_en) ILIKE ALL ({v})");

    /** Only listed units: not hidden for want of confirmation ({@link Freshness}). */
    private static final String LISTED = "s.last_confirmed_at >= :hiddenBefore";

    /** The values of the filters of {@code c} as a saved search keeps them (the columns of {@link #changedHits}). */
    static SearchFilters.Stored stored(SpaceCriteria c) {
        return FILTERS.stored(c);
    }

    /**
     * The standing searches whose hits one unit's change alters, in one statement over all of them: the
     * unit as listed before and after (space_listing rows as JSON, null when not listed), against every
     * row of {@code searches}, a FROM item that yields the stored criteria as {@code q} with the search's
     * key {@code q.id} ({@link #stored}); {@code params} are its parameters. Each search the unit entered
     * or left, and whether it is a hit now.
     */
    List<HitChange> changedHits(String searches, Map<String, ?> params, String before, String after) {
        SqlConditions where = FILTERS.standing("q", new SqlConditions().always(LISTED))
                .params(Freshness.sqlParameters(clock))
                .params(params);
        return SearchFilters.changedHits(jdbc, "space_listing", "s", STANDING_NAMES, searches, where, before, after);
    }

    /** Future supply as a filter: none when it is included (the default), else {@code EXCLUDE} or {@code ONLY}. */
    private static String futureSupply(SpaceCriteria c) {
        return c.futureSupply() == SpaceCriteria.FutureSupply.INCLUDE
                ? null
                : c.futureSupply().name();
    }

    private static SqlConditions conditions(SpaceCriteria c) {
        return FILTERS.conditions(c, new SqlConditions().always(LISTED));
    }
}
