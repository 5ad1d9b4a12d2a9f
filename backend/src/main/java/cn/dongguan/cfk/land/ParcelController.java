package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/parcels")
@Tag(name = "land", description = "地块 · Land parcels")
class ParcelController {

    private final ParcelRepository parcels;

    ParcelController(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A land parcel with its boundary; the ETag is its version · 地块详情")
    ResponseEntity<ParcelView> parcel(@PathVariable long id) {
        ParcelView view = parcels.findById(id).map(ParcelView::of)
                .orElseThrow(() -> new NotFoundException("地块 " + id + " 不存在", "Parcel " + id + " does not exist"));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
