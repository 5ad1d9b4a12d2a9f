package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import cn.dongguan.cfk.shared.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "space", description = "楼栋与可租售单元 · Buildings and space units")
class BuildingListController {

    private final BuildingSummaries buildings;
    private final PagingProperties paging;

    BuildingListController(BuildingSummaries buildings, PagingProperties paging) {
        this.buildings = buildings;
        this.paging = paging;
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
                paging.of(page, size));
    }
}
