package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PreconditionException;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.SortOrder;
import cn.dongguan.cfk.shared.XlsxAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
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
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String assignedStaff,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size)
            throws ForbiddenException {
        return projects.list(
                new ProjectStore.Filter(
                        status(status), upper(industry), upper(town), assignedStaff, overdue, null, source(source)),
                page,
                size,
                sort(sort));
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
        return projects.list(new ProjectStore.Filter(null, null, null, null, true, null, null), page, size, sort(sort));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The project list (same filters) as an Excel workbook · 导出项目清单")
    @XlsxAnswers.Workbook
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String assignedStaff,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sort)
            throws ForbiddenException {
        byte[] workbook = projects.workbook(
                new ProjectStore.Filter(
                        status(status), upper(industry), upper(town), assignedStaff, overdue, null, source(source)),
                sort(sort));
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

    private static SortOrder sort(String sort) {
        return SortOrder.parse(sort, List.copyOf(new java.util.TreeSet<>(ProjectStore.SORTS.keySet())), "id", "sort");
    }

    private static String status(String status) {
        ProjectStatus s = QueryParams.oneOf(status, "status", ProjectStatus.class);
        return s == null ? null : s.name();
    }

    private static String source(String source) {
        ProjectSource s = QueryParams.oneOf(source, "source", ProjectSource.class);
        return s == null ? null : s.name();
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
