package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

@RestController
@RequestMapping("/api/redevelopment")
@Tag(name = "redevelopment", description = "工改工 / 留改拆 · Village industrial parks and their redevelopment")
record RedevelopmentController(RedevelopmentService service) {

    @GetMapping("/areas")
    @Operation(summary = "Village industrial parks with class, building ages and occupants' grades (staff) · 镇村工业园")
    List<VillageAreaView> areas() {
        return service.areas();
    }

    @GetMapping("/areas/{id}")
    @Operation(summary = "One village industrial park (staff) · 镇村工业园详情")
    @ETagged
    ResponseEntity<VillageAreaView> area(@PathVariable long id) {
        return ETags.ok(service.area(id));
    }

    @PostMapping("/areas")
    @Operation(summary = "Add a village industrial park with its boundary and class 留/改/拆 (staff) · 新增镇村工业园")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<VillageAreaView> createArea(@RequestBody @BodyOf(VillageAreaInput.class) JsonNode body) {
        VillageAreaView a = service.createArea(body);
        return ETags.created("/api/redevelopment/areas/" + a.id(), a);
    }

    @GetMapping("/projects")
    @Operation(summary = "Redevelopment projects, by stage (staff) · 更新项目")
    List<RedevelopmentProjectView> projects(
            @Parameter(description = "APPROVED | DEMOLITION | CONSTRUCTION | COMPLETED") @RequestParam(required = false)
                    String stage) {
        return service.projects(QueryParams.oneOf(stage, "stage", RedevelopmentStage.class));
    }

    @GetMapping("/projects/{id}")
    @Operation(summary = "One redevelopment project (staff) · 更新项目详情")
    @ETagged
    ResponseEntity<RedevelopmentProjectView> project(@PathVariable long id) {
        return ETags.ok(service.project(id));
    }

    @PostMapping("/projects")
    @Operation(summary = "Add a redevelopment project at 立项 (staff) · 新增更新项目")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<RedevelopmentProjectView> createProject(
            @RequestBody @BodyOf(RedevelopmentProjectInput.class) JsonNode body) {
        RedevelopmentProjectView p = service.createProject(body);
        return ETags.created("/api/redevelopment/projects/" + p.id(), p);
    }

    @PostMapping("/projects/{id}/stage")
    @Operation(summary = "Move a project one stage on: 立项 → 拆除 → 在建 → 竣工 (staff, If-Match) · 推进更新项目")
    @ETagged
    ResponseEntity<RedevelopmentProjectView> move(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(RedevelopmentStageMove.class) JsonNode body) {
        return ETags.ok(service.move(id, ifMatch, body));
    }

    @PostMapping("/projects/{id}/expected-completion")
    @Operation(
            summary = "A new expected completion, without a stage move (staff, If-Match) · 调整预计竣工日期",
            description = "The buildings a project in 在建 puts up follow: their units' availability moves with it.")
    @ETagged
    ResponseEntity<RedevelopmentProjectView> reschedule(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(RedevelopmentReschedule.class) JsonNode body) {
        return ETags.ok(service.reschedule(id, ifMatch, body));
    }

    @PostMapping("/projects/{id}/buildings")
    @Operation(
            summary = "Link a building the project in 在建 is putting up (staff) · 关联在建楼栋",
            description = "The building's units become future supply: listed by /api/spaces and matched as available "
                    + "from the project's expected completion, until the project moves to 竣工.")
    @ETagged
    ResponseEntity<RedevelopmentProjectView> linkBuilding(
            @PathVariable long id, @RequestBody @BodyOf(RedevelopmentBuildingLink.class) JsonNode body) {
        return ETags.ok(service.linkBuilding(id, body));
    }

    @GetMapping("/projects/{id}/history")
    @Operation(summary = "The stage moves of a project, oldest first (admin) · 更新项目阶段记录")
    List<RedevelopmentStageEvent> history(@PathVariable long id) {
        return service.history(id);
    }
}
