package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "space", description = "楼栋与可租售单元 · Buildings and space units")
class SpaceController {

    private final SpaceReader reader;

    SpaceController(SpaceReader reader) {
        this.reader = reader;
    }

    @GetMapping("/buildings/{id}")
    @Operation(summary = "A building with its units; the ETag is its version · 楼栋详情（含单元）")
    ResponseEntity<BuildingView> building(@PathVariable long id) {
        BuildingView building = reader.building(id);
        return ResponseEntity.ok().eTag(ETags.of(building.version())).body(building);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "A space unit; the ETag is its version · 单元详情")
    ResponseEntity<UnitView> unit(@PathVariable long id) {
        UnitView unit = reader.unit(id);
        return ResponseEntity.ok().eTag(ETags.of(unit.version())).body(unit);
    }
}
