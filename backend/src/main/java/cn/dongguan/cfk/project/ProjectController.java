package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
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
@RequestMapping("/api/projects")
@Tag(name = "projects", description = "增资扩产项目 · Expansion projects")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @PostMapping
    @Operation(summary = "Register a project (staff; an enterprise its own requirement) · 登记项目 / 需求登记")
    ResponseEntity<ProjectView> create(@RequestBody JsonNode body) {
        ProjectView p = projects.create(body);
        return ETags.created("/api/projects/" + p.id(), p);
    }

    @GetMapping
    @Operation(summary = "Projects by status, industry, town, assigned staff, overdue, source · 项目列表")
    Page<ProjectView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String assignedStaff,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return projects.list(
                new ProjectStore.Filter(
                        status(status), upper(industry), upper(town), assignedStaff, overdue, null, source(source)),
                page,
                size);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Planned start in the past and not yet started (计划动工项目清零行动) · 逾期未动工项目")
    Page<ProjectView> overdue(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "500") int size) {
        return projects.list(new ProjectStore.Filter(null, null, null, null, true, null, null), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its status moves · 项目详情")
    ResponseEntity<ProjectView> get(@PathVariable long id) {
        return ETags.ok(projects.get(id));
    }

    @MergePatchMapping("/{id}")
    @Operation(summary = "Change a project or move it along the pipeline (merge patch, If-Match) · 修改项目")
    ResponseEntity<ProjectView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        return ETags.ok(projects.patch(id, ifMatch, body));
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ProjectStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status", "未知状态 " + status, "Unknown status '" + status + "'");
        }
    }

    private static String source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return ProjectSource.valueOf(source.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "source",
                    "未知来源 " + source + "（STAFF 或 ENTERPRISE）",
                    "Unknown source '" + source + "' (STAFF or ENTERPRISE)");
        }
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
