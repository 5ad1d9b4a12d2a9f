package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PreconditionException;
import cn.dongguan.cfk.shared.XlsxAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

@RestController
@RequestMapping("/api/projects")
@Tag(name = "projects", description = "增资扩产项目 · Expansion projects")
record ProjectController(ProjectService projects, ProjectActivities activities) {

    @PostMapping
    @Operation(summary = "Register a project (staff; an enterprise its own requirement) · 登记项目 / 需求登记")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<ProjectView> create(@RequestBody @BodyOf(ProjectFields.class) JsonNode body) {
        ProjectView p = projects.create(body);
        return ETags.created("/api/projects/" + p.id(), p);
    }

    @GetMapping
    @Operation(summary = "Projects by status, industry, town, assigned staff, overdue, source; sorted · 项目列表")
    Page<ProjectView> list(
            @ParameterObject ProjectParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size)
            throws ForbiddenException {
        return projects.list(params.filter(), page, size, params.order());
    }

    @GetMapping("/overdue")
    @Operation(
            summary = "Planned start in the past and not yet started (计划动工项目清零行动), with days overdue; "
                    + "sort id | daysOverdue | plannedStart | nextActionDue, - for descending · 逾期未动工项目")
    Page<ProjectView> overdue(
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "500") int size)
            throws ForbiddenException {
        return projects.list(
                new ProjectStore.Filter(null, null, null, null, true, null, null),
                page,
                size,
                ProjectParams.order(sort));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The project list (same filters) as an Excel workbook · 导出项目清单")
    @XlsxAnswers.Workbook
    ResponseEntity<byte[]> export(@ParameterObject ProjectParams params) throws ForbiddenException {
        byte[] workbook = projects.workbook(params.filter(), params.order());
        return XlsxAnswers.attachment(workbook, "projects.xlsx");
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "A project's follow-up log, newest first (staff) · 跟进记录")
    List<ProjectActivity> activities(@PathVariable long id) throws NotFoundException, ForbiddenException {
        return activities.list(id);
    }

    @PostMapping("/{id}/activities")
    @Operation(summary = "Log a note, call or visit (staff) · 记录跟进")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProjectActivity> log(@PathVariable long id, @RequestBody JsonNode body)
            throws NotFoundException, ForbiddenException {
        return ResponseEntity.status(HttpStatus.CREATED).body(activities.add(id, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its status moves · 项目详情")
    @ETagged
    ResponseEntity<ProjectView> get(@PathVariable long id) throws NotFoundException, ForbiddenException {
        return ETags.ok(projects.get(id));
    }

    @MergePatchMapping("/{id}")
    @Operation(summary = "Change a project or move it along the pipeline (merge patch, If-Match) · 修改项目")
    @ETagged
    ResponseEntity<ProjectView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(ProjectFields.class) JsonNode body)
            throws NotFoundException, PreconditionException {
        return ETags.ok(projects.patch(id, ifMatch, body));
    }
}
