package cn.dongguan.cfk.webmap;

import cn.dongguan.cfk.shared.DongguanExtent;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "map", description = "网页地图用图层 · Layers for the web map")
class MapConfigController {

    /** Dongguan's extent, [[south, west], [north, east]] as Leaflet takes it. */
    private static final double[][] BOUNDS = {
        {DongguanExtent.SOUTH, DongguanExtent.WEST}, {DongguanExtent.NORTH, DongguanExtent.EAST}
    };

    private final MapProperties properties;

    MapConfigController(MapProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/map/config")
    @Operation(summary = "The web map's configuration: basemap (or none) and the city's extent · 地图配置")
    ResponseEntity<MapConfig> config() {
        Basemap basemap = StringUtils.hasText(properties.basemapUrl())
                ? new Basemap(
                        properties.basemapUrl().trim(),
                        blankToNull(properties.basemapAttribution()),
                        blankToNull(properties.basemapSubdomains()),
                        properties.basemapMaxZoom() == null ? 18 : properties.basemapMaxZoom())
                : null;
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(new MapConfig(basemap, BOUNDS));
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }

    record MapConfig(Basemap basemap, double[][] bounds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Basemap(String url, String attribution, String subdomains, int maxZoom) {}
}
