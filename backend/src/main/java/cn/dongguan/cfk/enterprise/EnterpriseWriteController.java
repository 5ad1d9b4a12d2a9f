package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "enterprises", description = "企业 · Enterprises (staff, administrators and park managers)")
record EnterpriseWriteController(EnterpriseRegistry registry, CurrentViewer viewer) {

    @GetMapping("/api/enterprises/{id}")
    @Operation(summary = "An enterprise with its contact; the ETag is its version (staff, administrators) · 企业详情")
    ResponseEntity<EnterpriseDetail> enterprise(@PathVariable long id) {
        viewer.requireStaffOrAdmin();
        EnterpriseDetail detail = registry.find(id).orElseThrow(() -> EnterpriseRegistry.notFound(id));
        return ETags.ok(detail);
    }

    @PostMapping("/api/enterprises")
    @Operation(
            summary = "Add an enterprise (staff, administrators) · 新增企业",
            description = "name, creditCode (GB 32100; leave out for a prospect not yet registered in China),"
                    + " industryCode, grade, contactName, contactPhone, contactEmail. A credit code that exists is"
                    + " answered 409 naming its enterprise.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EnterpriseDetail> create(@RequestBody JsonNode body) throws ConflictException {
        EnterpriseDetail created = registry.create(body);
        return ETags.created("/api/enterprises/" + created.id(), created);
    }

    @PatchMapping(
            path = "/api/enterprises/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change an enterprise (JSON merge patch; If-Match required) · 修改企业")
    ResponseEntity<EnterpriseDetail> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        EnterpriseDetail changed = registry.patch(id, ifMatch, body);
        return ETags.ok(changed);
    }
}
