package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.FeatureCollection;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "space", description = "楼栋与可租售单元 · Buildings and space units")
class BuildingListController {

    static final int DEFAULT_MAP_LIMIT = 2000;
    static final int MAX_MAP_LIMIT = 5000;

    private final BuildingSummaries buildings;

    BuildingListController(BuildingSummaries buildings) {
        this.buildings = buildings;
    }

    @GetMapping("/api/buildings")
    @Operation(summary = "Buildings of a park or town with their vacancy, by name · 楼栋列表")
    Page<BuildingSummary> list(
            @Parameter(description = "park codes, e.g. DG-P01") @RequestParam(required = false) String park,
            @Parameter(description = "town codes, e.g. DONGCHENG") @RequestParam(required = false) String town,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return buildings.list(
                QueryParams.codes(park, "park", SpaceCriteria.PARK, "DG-P01"),
                QueryParams.codes(town, "town", SpaceCriteria.TOWN, "DONGCHENG"),
                Paging.of(page, size));
    }

    @GetMapping("/api/map/buildings")
    @Operation(
            summary = "Building footprints in a box with their vacancy share, as GeoJSON (bounded) · 楼栋图层",
            description = "At most `limit` features; `truncated` is true when the box held more.")
    ResponseEntity<FeatureCollection> map(
            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84)", required = true) @RequestParam String bbox,
            @Parameter(description = "1–5000, default 2000") @RequestParam(required = false) Integer limit) {
        int max = limit == null ? DEFAULT_MAP_LIMIT : limit;
        if (max < 1 || max > MAX_MAP_LIMIT) {
            throw new BadRequestException(
                    "limit",
                    "参数 limit 应为 1 至 " + MAX_MAP_LIMIT + " 的整数",
                    "Parameter 'limit' must be an integer from 1 to " + MAX_MAP_LIMIT);
        }
        return FeatureCollection.bounded(buildings.features(BBox.parse(bbox, "bbox"), max), max)
                .response(CacheControl.noCache());
    }
}
