package cn.dongguan.cfk.space;

import cn.dongguan.cfk.geometry.InventoryInput;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.PreconditionException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api")
@Tag(name = "occupancy", description = "占用更新与定期核实 · Occupancy updates and the confirmation cycle")
record OccupancyController(
        OccupancyService occupancy, ManagedUnitQueries managedUnits, CurrentViewer viewer, JsonBodies bodies) {

    @GetMapping("/me/units")
    @Operation(summary = "A park's units with occupants, those to confirm first (its managers and staff) · 园区单元管理列表")
    Page<ManagedUnit> parkUnits(
            @RequestParam String park,
            @RequestParam(required = false) UnitStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size)
            throws ForbiddenException {
        String code = ParkCode.parse(park, "park");
        Paging paging = Page.check(page, size);
        viewer.requirePersonalDataOf(code);
        return managedUnits.inPark(code, status, q, paging);
    }

    @GetMapping("/me/units/{id}")
    @Operation(summary = "One unit as the park's units list it (its park's managers and staff) · 单元管理信息")
    ManagedUnit parkUnit(@PathVariable long id) throws NotFoundException, ForbiddenException {
        ManagedUnit unit = managedUnits.one(id).orElseThrow(() -> SpaceUnit.notFound(id));
        viewer.requirePersonalDataOf(unit.unit().parkCode());
        return unit;
    }

    @MergePatchMapping("/units/{id}")
    @Operation(summary = "Change a unit's occupancy (JSON merge patch; If-Match required) · 更新单元占用")
    @ETagged
    ResponseEntity<UnitView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(OccupancyState.class) JsonNode patch,
            HttpServletRequest request)
            throws NotFoundException, PreconditionException {
        return ETags.ok(occupancy.patch(id, ifMatch, patch, RequestSource.of(request)));
    }

    @PostMapping("/units/{id}/confirm")
    @Operation(summary = "Confirm a listing is still current · 确认单元信息仍然有效")
    @ETagged
    ResponseEntity<UnitView> confirm(@PathVariable long id) throws NotFoundException {
        return ETags.ok(occupancy.confirm(id));
    }

    record ConfirmRequest(
            @NotEmpty(message = "请给出要确认的单元编号|unitIds must name at least one unit")
            @Size(
                    max = InventoryInput.CONFIRM_AT_ONCE,
                    message = "一次最多确认 " + InventoryInput.CONFIRM_AT_ONCE + " 个单元|At most "
                            + InventoryInput.CONFIRM_AT_ONCE + " units can be confirmed at once")
            List<@NotNull Long> unitIds) {}

    @PostMapping("/units/confirm")
    @Operation(summary = "Confirm many listings at once, all or none · 批量确认")
    Map<String, Integer> confirmAll(@RequestBody @BodyOf(ConfirmRequest.class) JsonNode body) throws NotFoundException {
        return Map.of(
                "confirmed",
                occupancy.confirmAll(bodies.read(body, ConfirmRequest.class).unitIds()));
    }

    @GetMapping("/units/{id}/history")
    @Operation(summary = "A unit's occupancy events, newest first (staff and the owning manager) · 占用变更记录")
    List<OccupancyEvent> history(@PathVariable long id) throws NotFoundException, ForbiddenException {
        return occupancy.history(id);
    }

    @GetMapping("/me/to-confirm")
    @Operation(
            summary =
                    "Listings not confirmed for 60 days, oldest first: the manager's parks or one of them (admins: any"
                            + " park), optionally of one status · 待核实清单")
    Page<ToConfirmItem> toConfirm(
            @RequestParam(required = false) String park,
            @RequestParam(required = false) UnitStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size)
            throws BadRequestException, ForbiddenException {
        Paging paging = Page.check(page, size);
        if (!viewer.isAdmin() && viewer.managedParks().isEmpty()) {
            throw new ForbiddenException("只有园区管理员有待核实清单", "Only park managers have a to-confirm list");
        }
        if (park != null && !park.isBlank()) {
            String code = ParkCode.parse(park, "park");
            if (!viewer.mayChangeInventoryOf(code)) {
                throw new ForbiddenException(
                        "园区 " + code + " 不由您管理，无法查看其待核实清单",
                        "Park " + code + " is not yours to manage: its to-confirm list is not open to you");
            }
            return managedUnits.toConfirm(List.of(code), status, paging);
        }
        return managedUnits.toConfirm(viewer.isAdmin() ? null : viewer.managedParks(), status, paging);
    }

    @GetMapping("/stats/freshness")
    @Operation(
            summary =
                    "Each park's share of listings confirmed within 60 days and its oldest listing (staff) · 各园区数据新鲜度")
    List<ParkFreshness> freshness() {
        return managedUnits.byPark();
    }
}
