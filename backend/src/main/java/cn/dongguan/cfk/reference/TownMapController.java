package cn.dongguan.cfk.reference;

import cn.dongguan.cfk.shared.FeatureCollection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "map", description = "网页地图用图层 · Layers for the web map")
class TownMapController {

    /** About 30 m: invisible at the zooms where the whole city is in view, and a 10th of the size. */
    private static final double SIMPLIFY_DEGREES = 0.0003;

    private final JdbcClient jdbc;

    TownMapController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/map/towns")
    @Operation(summary = "Town boundaries, simplified, as GeoJSON · 镇街边界（简化）")
    @Transactional(readOnly = true)
    ResponseEntity<FeatureCollection> towns() {
        return FeatureCollection.of(jdbc.sql("""
                        SELECT code, name, name_en, ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, :tolerance), 6) AS geometry,
                               ST_X(ST_PointOnSurface(geom)) AS label_lon, ST_Y(ST_PointOnSurface(geom)) AS label_lat
                        FROM town ORDER BY code""")
                        .param("tolerance", SIMPLIFY_DEGREES)
                        .query((rs, i) -> FeatureCollection.Feature.of(
                                rs.getString("code"),
                                rs.getString("geometry"),
                                new TownProperties(
                                        rs.getString("code"),
                                        rs.getString("name"),
                                        rs.getString("name_en"),
                                        new double[] {rs.getDouble("label_lon"), rs.getDouble("label_lat")})))
                        .list())
                .response(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    record TownProperties(String code, String name, String nameEn, double[] label) {}
}
