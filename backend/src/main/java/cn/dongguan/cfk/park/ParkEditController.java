package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "admin", description = "用户与角色 · Users and roles (administrators)")
record ParkEditController(ParkEdits edits) {

    @GetMapping("/api/admin/parks")
    @Operation(summary = "The parks with what administrators edit and their versions · 园区资料（管理员）")
    List<ParkEdits.EditablePark> parks() {
        return edits.all();
    }

    @GetMapping("/api/admin/parks/{code}")
    @Operation(summary = "A park as administrators edit it; the ETag is its version · 园区资料")
    ResponseEntity<ParkEdits.EditablePark> park(@PathVariable String code) {
        ParkEdits.EditablePark park = edits.get(code);
        return ETags.ok(park);
    }

    @PatchMapping(
            path = "/api/parks/{code}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(
            summary = "Change a park's name, level, industries, managing body, contact or planned area (administrators;"
                    + " JSON merge patch, If-Match required) · 修改园区资料")
    ResponseEntity<ParkEdits.EditablePark> patch(
            @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body)
            throws ConflictException {
        ParkEdits.EditablePark park = edits.patch(code, ifMatch, body);
        return ETags.ok(park);
    }
}
