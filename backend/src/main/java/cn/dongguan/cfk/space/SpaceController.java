package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import cn.dongguan.cfk.shared.PreconditionException;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.SortOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
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

/**
 * Buildings and units: listed, one by one, and searched for vacant space; buildings added and changed,
 * and units added (their occupancy: {@link OccupancyController}).
 */
@RestController
@RequestMapping("/api")
record SpaceController(
        SpaceReader reader,
        BuildingSummaries buildings,
        SpaceSearch search,
        PagingProperties paging,
        BuildingService writes,
        OccupancyService occupancy) {

    @GetMapping("/buildings")
    @Tag(name = "space", description = "楼栋与可租售单元 · Buildings and space units")
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

    @GetMapping("/buildings/{id}")
    @Operation(summary = "A building with its units; the ETag is its version · 楼栋详情（含单元）", tags = "space")
    @ETagged
    ResponseEntity<BuildingView> building(@PathVariable long id) throws NotFoundException {
        return ETags.ok(reader.building(id));
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "A space unit; the ETag is its version · 单元详情", tags = "space")
    @ETagged
    ResponseEntity<UnitView> unit(@PathVariable long id) throws NotFoundException {
        return ETags.ok(reader.unit(id));
    }

    @PostMapping("/buildings")
    @Tag(name = "inventory", description = "楼栋、单元与地块的录入和修改 · Adding and changing buildings, units and parcels")
    @Operation(summary = "Add a building with its footprint (GeoJSON Polygon; crs, repair optional) · 新增楼栋")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<BuildingView> create(@RequestBody @BodyOf(BuildingFields.class) JsonNode body)
            throws BadRequestException {
        BuildingView building = writes.create(body);
        return ETags.created("/api/buildings/" + building.id(), building);
    }

    @PostMapping("/buildings/validate")
    @Operation(
            summary = "Check a footprint being drawn, writing nothing · 校验楼栋轮廓（不保存）",
            description = "The checks of POST /api/buildings on parkCode and the footprint (geometry, crs, repair): "
                    + "inside the park, in a town, clear of other buildings. 200 with its town and area when a "
                    + "save would accept it, else the problem a save would answer.",
            tags = "inventory")
    FootprintCheck validate(@RequestBody @BodyOf(FootprintDraft.class) JsonNode body) throws BadRequestException {
        return writes.check(body);
    }

    @MergePatchMapping("/buildings/{id}")
    @Operation(summary = "Change a building (JSON merge patch; If-Match required) · 修改楼栋", tags = "inventory")
    @ETagged
    ResponseEntity<BuildingView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(BuildingFields.class) JsonNode body)
            throws NotFoundException, PreconditionException {
        return ETags.ok(writes.patch(id, ifMatch, body));
    }

    @PostMapping("/buildings/{id}/units")
    @Operation(summary = "Add a space unit to a building · 新增可租售单元", tags = "inventory")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<UnitView> addUnit(
            @PathVariable long id, @RequestBody @BodyOf(NewUnit.class) JsonNode body, HttpServletRequest request)
            throws NotFoundException {
        UnitView unit = occupancy.addUnit(id, body, RequestSource.of(request));
        return ETags.created("/api/units/" + unit.id(), unit);
    }

    @GetMapping("/spaces")
    @Tag(name = "search", description = "空间与土地检索 · Space and land search")
    @Operation(
            summary = "Vacant floor space that fits · 检索空置厂房空间",
            description = "Vacant units confirmed within the last 120 days. Every filter is optional; lists of "
                    + "codes are comma-separated. Areas are the unit's vacant area in m².")
    Page<SpaceHit> spaces(
            @Parameter(description = "town codes, e.g. DONGCHENG") @RequestParam(required = false) String town,
            @Parameter(description = "park codes, e.g. DG-P01") @RequestParam(required = false) String park,
            @Parameter(description = "industry codes: parks whose positioning includes one of them")
                    @RequestParam(required = false)
                    String industry,
            @Parameter(description = "m², vacant area at least") @RequestParam(required = false) BigDecimal minArea,
            @Parameter(description = "m², vacant area at most") @RequestParam(required = false) BigDecimal maxArea,
            @Parameter(description = "m") @RequestParam(required = false) BigDecimal minCeilingHeight,
            @Parameter(description = "kg/m²") @RequestParam(required = false) BigDecimal minFloorLoad,
            @Parameter(description = "kVA") @RequestParam(required = false) BigDecimal minPowerKva,
            @Parameter(description = "元/m²·月") @RequestParam(required = false) BigDecimal maxRent,
            @Parameter(description = "fire-hazard class of the production (甲 乙 丙 丁 戊): buildings that allow it")
                    @RequestParam(required = false)
                    String fireClass,
            @Parameter(description = "date (2025-06-30): available on or before it") @RequestParam(required = false)
                    String availableBy,
            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84)") @RequestParam(required = false) String bbox,
            @Parameter(description = "words in the building's name or address, the park's or the town's name")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "true: ground floor only; false: upper floors only")
                    @RequestParam(required = false)
                    Boolean groundFloor,
            @Parameter(
                            description = "include (default) | exclude | only: future supply, the planned units of "
                                    + "buildings under construction (在建), listed with their expected completion")
                    @RequestParam(required = false)
                    String futureSupply,
            @Parameter(description = "rent | area | updated, a leading - for descending; default -updated")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "1–500, default 20 (unless configured); above: 400")
                    @RequestParam(required = false)
                    Integer size) {
        SpaceListings.Filters filters = new SpaceListings.Filters(
                town,
                park,
                industry,
                minArea,
                maxArea,
                minCeilingHeight,
                minFloorLoad,
                minPowerKva,
                maxRent,
                fireClass,
                availableBy,
                bbox,
                q,
                groundFloor,
                futureSupply,
                sort);
        SpaceCriteria criteria = SpaceCriteria.of(filters);
        SortOrder order = SpaceSearch.order(sort);
        return search.search(criteria, order, paging.of(page, size));
    }
}
