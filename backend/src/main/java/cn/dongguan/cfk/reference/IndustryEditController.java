package cn.dongguan.cfk.reference;

import cn.dongguan.cfk.shared.ConflictException;
import cn.dongguan.cfk.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "admin", description = "用户与角色 · Users and roles (administrators)")
record IndustryEditController(IndustryCatalogue catalogue) {

    @GetMapping("/api/admin/industries")
    @Operation(summary = "The whole industry catalogue, retired ones too, with how much uses each · 产业目录（管理员）")
    List<IndustryCatalogue.CatalogueEntry> industries() {
        return catalogue.all();
    }

    @PostMapping("/api/industries")
    @Operation(summary = "Add an industry {code, name, nameEn, group} (administrators) · 新增产业")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IndustryCatalogue.CatalogueEntry> add(@RequestBody JsonNode body) throws ConflictException {
        IndustryCatalogue.CatalogueEntry added = catalogue.add(body);
        return ETags.created("/api/industries/" + added.code(), added);
    }

    @PatchMapping(
            path = "/api/industries/{code}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Rename, regroup or retire an industry (JSON merge patch, If-Match required) · 修改产业")
    ResponseEntity<IndustryCatalogue.CatalogueEntry> patch(
            @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        IndustryCatalogue.CatalogueEntry changed = catalogue.patch(code, ifMatch, body);
        return ETags.ok(changed);
    }

    @DeleteMapping("/api/industries/{code}")
    @Operation(summary = "Delete an industry nothing uses (If-Match required); one in use is a 409 · 删除产业")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(
            @PathVariable String code, @RequestHeader(name = "If-Match", required = false) String ifMatch)
            throws ConflictException {
        catalogue.delete(code, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
