package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import cn.dongguan.cfk.shared.PreconditionException;
import cn.dongguan.cfk.shared.SortOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The land search, a parcel, and the writes of parcels. */
@RestController
@RequestMapping("/api/parcels")
record ParcelController(ParcelSearch search, PagingProperties paging, ParcelRepository parcels, ParcelService service) {

    @GetMapping
    @Tag(name = "search", description = "空间与土地检索 · Space and land search")
    @Operation(
            summary = "Land parcels that fit · 检索地块",
            description = "Every filter is optional; lists of codes are comma-separated.")
    Page<ParcelHit> parcels(
            @ParameterObject ParcelCriteria.Filters filters,
            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84)") @RequestParam(required = false) String bbox,
            @Parameter(
                            description =
                                    "parcelNo | area | price | supplyDate, a leading - for descending; default parcelNo")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "1–500, default 20 (unless configured); above: 400")
                    @RequestParam(required = false)
                    Integer size) {
        ParcelCriteria criteria = filters.criteria(bbox);
        SortOrder order = ParcelSearch.order(sort);
        return search.search(criteria, order, paging.of(page, size));
    }

    @GetMapping("/{id}")
    @Tag(name = "land", description = "地块 · Land parcels")
    @Operation(summary = "A land parcel with its boundary; the ETag is its version · 地块详情")
    @ETagged
    ResponseEntity<ParcelView> parcel(@PathVariable long id) throws NotFoundException {
        return ETags.ok(parcels.findById(id).map(Parcel::view).orElseThrow(() -> ParcelView.notFound(id)));
    }

    @PostMapping
    @Operation(
            summary = "Add a parcel with its boundary (GeoJSON Polygon or MultiPolygon; crs, repair optional) · 新增地块",
            tags = "land")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<ParcelView> create(@RequestBody @BodyOf(ParcelFields.class) JsonNode body) {
        ParcelView parcel = service.create(body);
        return ETags.created("/api/parcels/" + parcel.id(), parcel);
    }

    @MergePatchMapping("/{id}")
    @Operation(summary = "Change a parcel (JSON merge patch; If-Match required) · 修改地块", tags = "land")
    @ETagged
    ResponseEntity<ParcelView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(ParcelFields.class) JsonNode body)
            throws NotFoundException, PreconditionException {
        return ETags.ok(service.patch(id, ifMatch, body));
    }
}
