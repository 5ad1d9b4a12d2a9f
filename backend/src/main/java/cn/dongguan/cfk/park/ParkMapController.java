package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.FeatureCollection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "map", description = "网页地图用图层 · Layers for the web map")
class ParkMapController {

    private final ParkQueries parks;

    ParkMapController(ParkQueries parks) {
        this.parks = parks;
    }

    @GetMapping("/api/map/parks")
    @Operation(summary = "The parks' boundaries with vacancy rate and available land, as GeoJSON · 园区图层")
    ResponseEntity<FeatureCollection> parks() {
        return FeatureCollection.of(parks.features())
                .response(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic());
    }
}
