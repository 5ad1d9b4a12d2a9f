package cn.dongguan.cfk.project;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.PreconditionException;
import cn.dongguan.cfk.shared.SortOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff and administrators register and move projects; an enterprise registers its own requirements
 * (source ENTERPRISE) and sees only its own, without staff notes. Every
 * status move is recorded with who and when. Other features read a saved project's requirement
 * here ({@link #visibleRequirement}), under the same rule of who may see it.
 */
@Service
public class ProjectService {

    private final ProjectStore store;
    private final ProjectRules rules;
    private final ProjectAccess access;
    private final CurrentViewer viewer;
    private final Clock clock;

    ProjectService(ProjectStore store, ProjectRules rules, ProjectAccess access, CurrentViewer viewer, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.viewer = viewer;
        this.clock = clock;
    }

    @Transactional
    ProjectView create(JsonNode json) {
        ProjectSource source = access.isEnterprise() ? ProjectSource.ENTERPRISE : ProjectSource.STAFF;
        JsonNode body = json;
        if (source == ProjectSource.ENTERPRISE) {
            body = ownRequirement(json);
        } else {
            requireWriter();
        }
        ProjectFields fields = rules.merge(ProjectFields.NEW, body);
        long id = store.insert(fields, source);
        store.recordMove(id, null, fields.status().name(), viewer.requireUsername());
        return shown(one(id));
    }

    /**
     * An enterprise's own requirement (需求登记): for its own enterprise, an intent; what staff decide
     * (status, assignee, their notes) is not the enterprise's to set.
     */
    private JsonNode ownRequirement(JsonNode json) {
        long own = viewer.enterpriseId()
                .orElseThrow(() -> new ForbiddenException(
                        "您的企业账号尚未核验，核验后才能登记需求",
                        "Your enterprise account is not verified yet: requirements can be registered once it is"));
        ObjectNode body = (ObjectNode) JsonBodies.requireObject(json).deepCopy();
        for (String staffOnly : List.of("status", "assignedStaff", "staffNotes", "nextAction", "nextActionDue")) {
            if (body.has(staffOnly)) {
                throw new BadRequestException(
                        staffOnly,
                        "字段 " + staffOnly + "：由招商人员设置，企业登记需求时不能填写",
                        "Field '" + staffOnly + "' is set by staff, not in an enterprise's requirement");
            }
        }
        JsonNode enterprise = body.get("enterpriseId");
        if (enterprise != null && !(enterprise.isIntegralNumber() && enterprise.asLong() == own)) {
            throw new BadRequestException(
                    "enterpriseId",
                    "字段 enterpriseId：企业只能为本企业登记需求",
                    "Field 'enterpriseId': an enterprise registers requirements for itself only");
        }
        body.put("enterpriseId", own);
        return body;
    }

    @Transactional
    ProjectView patch(long id, String ifMatch, JsonNode json) {
        requireWriter();
        ProjectView current = store.find(id, today()).orElseThrow(() -> ProjectAccess.notFound(id));
        ETags.requireMatch(ifMatch, current.version());
        ProjectFields fields = rules.merge(current.fields(), json);
        ProjectStatus from = current.status();
        ProjectStatus to = fields.status();
        if (!from.canMoveTo(to)) {
            throw new BadRequestException(
                    "status",
                    "项目只能向前推进（意向→选址→签约→动工→投产）或终止，不能从 " + from + " 改为 " + to,
                    "A project only moves forward (INTENT → SITING → SIGNED → STARTED → PRODUCING) or is dropped: not "
                            + from + " → " + to);
        }
        if (!store.update(id, current.version(), fields)) {
            throw PreconditionException.stale(current.version());
        }
        if (from != to) {
            store.recordMove(id, from.name(), to.name(), viewer.requireUsername());
        }
        return one(id);
    }

    @Transactional(readOnly = true)
    ProjectView get(long id) {
        ProjectView p = store.find(id, today()).orElseThrow(() -> ProjectAccess.notFound(id));
        access.requireVisible(p);
        return shown(p.withHistory(store.moves(id)));
    }

    @Transactional(readOnly = true)
    Page<ProjectView> list(ProjectStore.Filter filter, int page, int size) {
        return list(filter, page, size, new SortOrder("id", false));
    }

    @Transactional(readOnly = true)
    Page<ProjectView> list(ProjectStore.Filter filter, int page, int size, SortOrder sort) {
        Paging paging = Page.check(page, size);
        ProjectStore.Filter scoped = filter;
        if (!viewer.isStaffOrAdmin()) {
            if (!access.isEnterprise()) {
                throw new ForbiddenException(
                        "只有招商人员、管理员和企业本身可以查看项目", "Only staff, administrators and the enterprise itself see projects");
            }
            scoped = filter.withEnterprise(viewer.enterpriseId().orElse(-1L));
        }
        Page<ProjectView> found = store.page(scoped, today(), paging, sort);
        return new Page<>(found.items().stream().map(this::shown).toList(), found.total(), found.page(), found.size());
    }

    /** Every project the list would show (all its pages), as an Excel workbook. */
    @Transactional(readOnly = true)
    byte[] workbook(ProjectStore.Filter filter, SortOrder sort) {
        List<ProjectView> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ProjectView> found = list(filter, page, 500, sort);
            all.addAll(found.items());
            if (all.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        return ProjectWorkbook.write(all, today());
    }

    /** The project's requirement: 404 when there is no such project, 403 when the current viewer may not see it. */
    @Transactional(readOnly = true)
    public ProjectRequirement visibleRequirement(long projectId) {
        ProjectView p = store.find(projectId, today()).orElseThrow(() -> ProjectAccess.notFound(projectId));
        access.requireVisible(p);
        return new ProjectRequirement(p.id(), p.name(), p.requirement());
    }

    /**
     * The requirements of the open projects (意向, 选址: the standing searches of issue 14) that meet a
     * condition on {@code expansion_project p}, for the system's reverse match rather than a viewer.
     */
    @Transactional(readOnly = true)
    public List<ProjectRequirement> openRequirements(String condition, Map<String, ?> params) {
        return store.open(condition, params, today()).stream()
                .map(p -> new ProjectRequirement(p.id(), p.name(), p.requirement()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireWriter() {
        if (!viewer.isStaffOrAdmin()) {
            throw new ForbiddenException(
                    "只有招商人员和管理员可以登记和修改项目", "Only staff and administrators register and change projects");
        }
    }

    /** What the viewer sees of a project: staff everything, the enterprise no staff notes. */
    private ProjectView shown(ProjectView p) {
        return viewer.isStaffOrAdmin() ? p : p.withoutStaffNotes();
    }

    private ProjectView one(long id) {
        return store.find(id, today())
                .orElseThrow(() -> ProjectAccess.notFound(id))
                .withHistory(store.moves(id));
    }
}
