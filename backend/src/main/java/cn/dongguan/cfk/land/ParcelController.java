package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/parcels")
@Tag(name = "land", description = "地块 · Land parcels")
class ParcelController {

    private final ParcelRepository parcels;
    private final ParcelService service;

    ParcelController(ParcelRepository parcels, ParcelService service) {
        this.parcels = parcels;
        this.service = service;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A land parcel with its boundary; the ETag is its version · 地块详情")
    ResponseEntity<ParcelView> parcel(@PathVariable long id) {
        ParcelView view = parcels.findById(id).map(ParcelView::of).orElseThrow(() -> ParcelView.notFound(id));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping
    @Operation(
            summary = "Add a parcel with its boundary (GeoJSON Polygon or MultiPolygon; crs, repair optional) · 新增地块")
    ResponseEntity<ParcelView> create(@RequestBody JsonNode body) {
        ParcelView parcel = service.create(body);
        return ResponseEntity.created(URI.create("/api/parcels/" + parcel.id()))
                .eTag(ETags.of(parcel.version()))
                .body(parcel);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a parcel (JSON merge patch; If-Match required) · 修改地块")
    ResponseEntity<ParcelView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        ParcelView parcel = service.patch(id, ifMatch, body);
        return ResponseEntity.ok().eTag(ETags.of(parcel.version())).body(parcel);
    }
}
