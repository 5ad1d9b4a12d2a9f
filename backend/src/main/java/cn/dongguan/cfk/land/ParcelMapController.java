package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.FeatureCollection;
import cn.dongguan.cfk.shared.SqlConditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "map", description = "网页地图用图层 · Layers for the web map")
class ParcelMapController {

    static final int DEFAULT_LIMIT = 2000;
    static final int MAX_LIMIT = 5000;

    private final JdbcClient jdbc;

    ParcelMapController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/map/parcels")
    @Operation(
            summary = "Parcels in a box with status and planning use, as GeoJSON (bounded) · 地块图层",
            description =
                    "Takes the filters of GET /api/parcels. At most `limit` features; `truncated` is true when the box held more.")
    @Transactional(readOnly = true)
    ResponseEntity<FeatureCollection> parcels(
            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84)", required = true) @RequestParam String bbox,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String park,
            @RequestParam(required = false) BigDecimal minAreaMu,
            @RequestParam(required = false) BigDecimal maxAreaMu,
            @RequestParam(required = false) String planningUse,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String availableBy,
            @Parameter(description = "1–5000, default 2000") @RequestParam(required = false) Integer limit) {
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new BadRequestException(
                    "limit",
                    "参数 limit 应为 1 至 " + MAX_LIMIT + " 的整数",
                    "Parameter 'limit' must be an integer from 1 to " + MAX_LIMIT);
        }
        BBox box = BBox.parse(bbox, "bbox");
        ParcelCriteria criteria =
                ParcelCriteria.of(town, park, minAreaMu, maxAreaMu, planningUse, status, availableBy, null);
        // Every parcel touching the box is drawn, not only those whose point is in it as in the search.
        SqlConditions where = ParcelSearch.conditions(criteria)
                .always("p.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)")
                .param("minLon", box.minLon())
                .param("minLat", box.minLat())
                .param("maxLon", box.maxLon())
                .param("maxLat", box.maxLat());
        List<FeatureCollection.Feature> features = jdbc.sql("""
                        SELECT p.id, p.parcel_no, p.park_code, p.planning_use, p.status, %s AS area_mu,
                               ST_AsGeoJSON(p.geom, 6) AS geometry
                        FROM parcel p
                        %s
                        ORDER BY p.id LIMIT :limit""".formatted(ParcelSearch.AREA_MU, where.where()))
                .params(where.params())
                .param("limit", max + 1)
                .query((rs, i) -> FeatureCollection.Feature.of(
                        rs.getLong("id"),
                        rs.getString("geometry"),
                        new ParcelFeature(
                                rs.getLong("id"),
                                rs.getString("parcel_no"),
                                rs.getString("park_code"),
                                rs.getString("planning_use"),
                                rs.getString("status"),
                                rs.getBigDecimal("area_mu"))))
                .list();
        return FeatureCollection.bounded(features, max).response(CacheControl.noCache());
    }

    record ParcelFeature(
            long id, String parcelNo, String parkCode, String planningUse, String status, BigDecimal areaMu) {}
}
