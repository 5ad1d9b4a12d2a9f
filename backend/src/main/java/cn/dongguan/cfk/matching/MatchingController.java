package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.XlsxAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "matching", description = "选址匹配 · Site matching (SPEC §6)")
record MatchingController(MatchingService service) {

    @GetMapping("/api/projects/{id}/matches")
    @Operation(summary = "Sites matching a project, best first, with near misses · 项目选址匹配")
    MatchResponse matches(
            @PathVariable long id,
            @Parameter(description = "1–50, default 10") @RequestParam(required = false) Integer limit,
            @Parameter(
                            description = "e.g. area:30,cost:20,industry:20,location:10,readiness:10,freshness:10"
                                    + " (staff: also grade:10; see GET /api/matching/weights)")
                    @RequestParam(required = false)
                    String weights)
            throws NotFoundException, ForbiddenException {
        return service.forProject(id, limit, weights);
    }

    @GetMapping("/api/matching/weights")
    @Operation(
            summary = "The caller's default weights, criterion to points of 100 · 默认权重",
            description = "Staff and administrators also get the 亩均 grade criterion (grade) while the policy favours"
                    + " A and B; enterprises get the site criteria only.")
    java.util.Map<String, Double> weights() throws ForbiddenException {
        return service.defaultWeights().points();
    }

    @PostMapping("/api/matching/preview")
    @Operation(summary = "Sites matching an unsaved requirement · 未保存需求的选址预览")
    MatchResponse preview(
            @RequestBody @BodyOf(SiteRequirement.class) JsonNode requirement,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String weights) {
        return service.preview(requirement, limit, weights);
    }

    @PostMapping("/api/matching/evaluate")
    @Operation(summary = "Named candidates scored again as they are now (brochure) · 候选场地详情")
    MatchResponse evaluate(@RequestBody @BodyOf(MatchRequest.class) JsonNode request)
            throws NotFoundException, ForbiddenException {
        return service.evaluate(request);
    }

    @PostMapping("/api/matching/shortlist.xlsx")
    @Operation(summary = "A shortlist of candidates as an Excel workbook · 导出候选清单")
    @XlsxAnswers.Workbook
    ResponseEntity<byte[]> shortlist(@RequestBody @BodyOf(MatchRequest.class) JsonNode request)
            throws NotFoundException, ForbiddenException {
        byte[] workbook = service.shortlist(request);
        return XlsxAnswers.attachment(workbook, "shortlist.xlsx");
    }
}
