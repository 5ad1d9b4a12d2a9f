package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.RecordRowMapper;
import cn.dongguan.cfk.shared.SortOrder;
import cn.dongguan.cfk.shared.SqlConditions;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land search, in SQL, with the conditions of {@link ParcelCriteria}; the sort key is followed by
 * the id, so pages never overlap.
 */
@Repository
@Transactional(readOnly = true)
class ParcelSearch {

    private static final List<String> SORT_KEYS = List.of("parcelNo", "area", "price", "supplyDate");
    private static final String DEFAULT_SORT = "parcelNo";

    /** The order a search's {@code sort} asks for; 400 naming {@code sort} when it is not one of the keys. */
    static SortOrder order(String sort) {
        return SortOrder.parse(sort, SORT_KEYS, DEFAULT_SORT, "sort");
    }

    private static final String AREA_MU = "m2_to_mu(p.area_m2)";
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "parcelNo",
            "p.parcel_no",
            "area",
            "p.area_m2",
            "price",
            "p.reference_price_wan_yuan",
            "supplyDate",
            "p.earliest_supply_date");

    private static final String FROM = """
            FROM parcel p
            JOIN town t ON t.code = p.town_code
            LEFT JOIN park k ON k.code = p.park_code
            """;

    private static final String COLUMNS = """
            SELECT p.id, p.parcel_no, p.park_code, k.name AS park_name, p.town_code, t.name AS town_name,
                   t.name_en AS town_name_en, p.area_m2, %s AS area_mu, p.planning_use, p.plot_ratio_min,
                   p.plot_ratio_max, p.building_density, p.green_ratio, p.height_limit_m, p.development_state,
                   p.status, p.reference_price_wan_yuan, p.earliest_supply_date, p.version,
                   p.min_investment_wan_yuan_mu, p.min_tax_wan_yuan_mu, p.min_output_wan_yuan_mu,
                   p.max_energy_tce_wan_yuan,
                   ST_AsGeoJSON(ST_PointOnSurface(p.geom), 7) AS point
            """.formatted(AREA_MU);

    private static final RowMapper<ParcelHit> HITS = RecordRowMapper.of(ParcelHit.class);

    private final JdbcClient jdbc;

    ParcelSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ParcelHit> search(ParcelCriteria c, SortOrder sort, Paging paging) {
        SqlConditions where = c.conditions("p");
        String order = SORT_COLUMNS.get(sort.key()) + " " + sort.direction() + " NULLS LAST, p.id " + sort.direction();
        return paging.select(
                jdbc,
                "SELECT count(*) " + FROM + where.where(),
                COLUMNS + FROM + where.where() + "\nORDER BY " + order + Paging.LIMIT,
                where.params(),
                HITS);
    }
}
