package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.MergePatchMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/buildings")
@Tag(name = "inventory", description = "楼栋、单元与地块的录入和修改 · Adding and changing buildings, units and parcels")
class BuildingWriteController {

    private final BuildingService service;
    private final OccupancyService occupancy;

    BuildingWriteController(BuildingService service, OccupancyService occupancy) {
        this.service = service;
        this.occupancy = occupancy;
    }

    @PostMapping
    @Operation(summary = "Add a building with its footprint (GeoJSON Polygon; crs, repair optional) · 新增楼栋")
    ResponseEntity<BuildingView> create(@RequestBody JsonNode body) {
        BuildingView building = service.create(body);
        return ETags.created("/api/buildings/" + building.id(), building);
    }

    @MergePatchMapping("/{id}")
    @Operation(summary = "Change a building (JSON merge patch; If-Match required) · 修改楼栋")
    ResponseEntity<BuildingView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        return ETags.ok(service.patch(id, ifMatch, body));
    }

    @PostMapping("/{id}/units")
    @Operation(summary = "Add a space unit to a building · 新增可租售单元")
    ResponseEntity<UnitView> addUnit(@PathVariable long id, @RequestBody JsonNode body, HttpServletRequest request) {
        UnitView unit = occupancy.addUnit(id, body, RequestSource.of(request));
        return ETags.created("/api/units/" + unit.id(), unit);
    }
}
