package cn.dongguan.cfk.project;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.PreconditionException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Staff and administrators register and move projects; an enterprise sees only its own. Every
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
        requireWriter();
        ProjectFields fields = rules.merge(ProjectFields.NEW, json);
        long id = store.insert(fields);
        store.recordMove(id, null, fields.status().name(), viewer.requireUsername());
        return one(id);
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
        return p.withHistory(store.moves(id));
    }

    @Transactional(readOnly = true)
    Page<ProjectView> list(ProjectStore.Filter filter, int page, int size) {
        Paging paging = Page.check(page, size);
        ProjectStore.Filter scoped = filter;
        if (!viewer.isStaffOrAdmin()) {
            if (!access.isEnterprise()) {
                throw new ForbiddenException(
                        "只有招商人员、管理员和企业本身可以查看项目", "Only staff, administrators and the enterprise itself see projects");
            }
            long own = viewer.enterpriseId().orElse(-1L);
            scoped = new ProjectStore.Filter(
                    filter.status(), filter.industry(), filter.town(), filter.assignedStaff(), filter.overdue(), own);
        }
        return store.page(scoped, today(), paging);
    }

    /** The project's requirement: 404 when there is no such project, 403 when the current viewer may not see it. */
    @Transactional(readOnly = true)
    public ProjectRequirement visibleRequirement(long projectId) {
        ProjectView p = store.find(projectId, today()).orElseThrow(() -> ProjectAccess.notFound(projectId));
        access.requireVisible(p);
        return new ProjectRequirement(p.id(), p.name(), p.requirement());
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

    private ProjectView one(long id) {
        return store.find(id, today())
                .orElseThrow(() -> ProjectAccess.notFound(id))
                .withHistory(store.moves(id));
    }
}
