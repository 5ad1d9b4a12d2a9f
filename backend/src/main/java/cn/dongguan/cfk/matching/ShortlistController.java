package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.PreconditionException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "matching", description = "选址匹配 · Site matching (SPEC §6)")
record ShortlistController(Shortlists shortlists) {

    @GetMapping("/api/projects/{id}/shortlist")
    @Operation(summary = "The project's shortlist of candidate sites (staff, administrators) · 项目候选清单")
    @ETagged
    ResponseEntity<Shortlist> get(@PathVariable long id) throws NotFoundException, ForbiddenException {
        return ETags.ok(shortlists.of(id));
    }

    @PutMapping("/api/projects/{id}/shortlist")
    @ETagged
    @Operation(summary = "Replace the project's shortlist ({\"candidates\": [...]}, If-Match) · 保存项目候选清单")
    ResponseEntity<Shortlist> put(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body)
            throws NotFoundException, ForbiddenException, PreconditionException {
        return ETags.ok(shortlists.replace(id, ifMatch, body));
    }
}
