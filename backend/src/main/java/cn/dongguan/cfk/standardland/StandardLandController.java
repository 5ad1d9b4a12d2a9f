package cn.dongguan.cfk.standardland;

import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/standard-land")
@Tag(name = "standard-land", description = "标准地达产核查 · Standard land: checks after supply")
record StandardLandController(StandardLandChecks checks, PagingProperties paging) {

    @PutMapping("/parcels/{id}/checks/{year}")
    @Operation(
            summary = "Record a supplied parcel's actual figures of a year against its 标准地 indicators (staff) · 录入达产数据")
    CheckView record(
            @PathVariable long id, @PathVariable int year, @RequestBody @BodyOf(CheckFields.class) JsonNode body)
            throws BadRequestException, ForbiddenException, NotFoundException {
        return checks.record(id, year, body);
    }

    @GetMapping("/parcels/{id}/checks")
    @Operation(summary = "A parcel's 达产 checks, latest year first, with what falls short (staff) · 地块达产核查记录")
    List<CheckView> parcelChecks(@PathVariable long id) throws ForbiddenException, NotFoundException {
        return checks.checks(id);
    }

    @GetMapping("/shortfalls")
    @Operation(
            summary = "Parcels whose enterprises fall short of the 标准地 indicators: each parcel's latest check, or "
                    + "the year given; in a park (staff) · 未达产地块")
    Page<CheckView> shortfalls(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String park,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size)
            throws BadRequestException, ForbiddenException {
        return checks.shortfalls(year, park == null ? null : ParkCode.parse(park, "park"), paging.of(page, size));
    }
}
