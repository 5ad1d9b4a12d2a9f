package cn.dongguan.cfk.park;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/parks")
@Tag(name = "parks", description = "产业园区 · Industrial parks")
record ParkController(ParkQueries parks, CurrentViewer viewer) {

    @GetMapping
    @Operation(summary = "All parks with floor area, vacant area, vacancy rate and available land · 园区列表")
    List<ParkSummary> list() {
        return parks.all();
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "One park with its boundary (GeoJSON); the ETag leads with the version edits name in If-Match,"
                    + " If-None-Match answers 304 while nothing shown changed · 园区详情")
    ResponseEntity<ParkDetail> one(@PathVariable String code) throws BadRequestException, NotFoundException {
        String parkCode = ParkCode.parse(code, "code");
        ParkDetail park = parks.byCode(parkCode, viewer.maySeePersonalDataOf(parkCode))
                .orElseThrow(
                        () -> new NotFoundException("园区 " + parkCode + " 不存在", "Park " + parkCode + " does not exist"));
        return ResponseEntity.ok().eTag(park.entityTag()).body(park);
    }
}
