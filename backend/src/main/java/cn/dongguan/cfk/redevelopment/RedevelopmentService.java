package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.PreconditionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Village areas and redevelopment projects: their checks, stage moves and history (staff and admins). */
@Service
class RedevelopmentService {

    private final RedevelopmentStore store;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;
    private final Footprints footprints;

    RedevelopmentService(RedevelopmentStore store, JsonBodies bodies, CurrentViewer viewer, Footprints footprints) {
        this.store = store;
        this.bodies = bodies;
        this.viewer = viewer;
        this.footprints = footprints;
    }

    @Transactional(readOnly = true)
    List<VillageAreaView> areas() {
        viewer.requireStaffOrAdmin();
        return store.areas(null);
    }

    @Transactional(readOnly = true)
    VillageAreaView area(long id) {
        viewer.requireStaffOrAdmin();
        return store.areas(id).stream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("镇村工业园 " + id + " 不存在", "Village area " + id + " does not exist"));
    }

    @Transactional
    VillageAreaView createArea(JsonNode json) {
        viewer.requireStaffOrAdmin();
        VillageAreaInput in = bodies.read(json, VillageAreaInput.class);
        if (!store.townExists(in.townCode())) {
            throw new BadRequestException(
                    "townCode",
                    "字段 townCode：镇街 " + in.townCode() + " 不存在",
                    "Field 'townCode': no town " + in.townCode());
        }
        if (store.areaNameTaken(in.name())) {
            throw new BadRequestException(
                    "name", "字段 name：已有同名的镇村工业园", "Field 'name': a village area of that name exists");
        }
        // read and checked as every written geometry is (CRS, validity with reason and place, Dongguan)
        return area(store.insertArea(in, footprints.boundary(json, Subject.VILLAGE_AREA)));
    }

    @Transactional(readOnly = true)
    List<RedevelopmentProjectView> projects(RedevelopmentStage stage) {
        viewer.requireStaffOrAdmin();
        return store.projects(null, stage);
    }

    @Transactional(readOnly = true)
    RedevelopmentProjectView project(long id) {
        viewer.requireStaffOrAdmin();
        return find(id);
    }

    @Transactional
    RedevelopmentProjectView createProject(JsonNode json) {
        viewer.requireStaffOrAdmin();
        RedevelopmentProjectInput in = bodies.read(json, RedevelopmentProjectInput.class);
        if (!store.areaExists(in.areaId())) {
            throw new BadRequestException(
                    "areaId",
                    "字段 areaId：镇村工业园 " + in.areaId() + " 不存在",
                    "Field 'areaId': no village area " + in.areaId());
        }
        return find(store.insertProject(in, viewer.requireUsername()));
    }

    @Transactional
    RedevelopmentProjectView move(long id, String ifMatch, JsonNode json) {
        RedevelopmentProjectView p = editable(id, ifMatch);
        RedevelopmentStageMove move = bodies.read(json, RedevelopmentStageMove.class);
        if (!p.stage().canMoveTo(move.stage())) {
            throw new BadRequestException(
                    "stage",
                    "更新项目只能逐级推进（立项→拆除→在建→竣工），不能从 " + p.stageZh() + " 改为 "
                            + move.stage().zh(),
                    "A project moves one stage forward at a time (APPROVED → DEMOLITION → CONSTRUCTION → COMPLETED): not "
                            + p.stage() + " → " + move.stage());
        }
        LocalDate completion = move.expectedCompletion() == null ? p.expectedCompletion() : move.expectedCompletion();
        if (!store.move(p, move.stage(), completion, viewer.requireUsername())) {
            throw PreconditionException.stale(p.version());
        }
        return find(id);
    }

    /** The project as staff may change it: the caller staff or an administrator, the project's version matched. */
    private RedevelopmentProjectView editable(long id, String ifMatch) {
        viewer.requireStaffOrAdmin();
        RedevelopmentProjectView p = find(id);
        ETags.requireMatch(ifMatch, p.version());
        return p;
    }

    /**
     * A new expected completion for a project not yet 竣工, without a stage move; the buildings it is
     * putting up, and their units' availability, follow (V220).
     */
    @Transactional
    RedevelopmentProjectView reschedule(long id, String ifMatch, JsonNode json) {
        RedevelopmentProjectView p = editable(id, ifMatch);
        RedevelopmentReschedule in = bodies.read(json, RedevelopmentReschedule.class);
        if (p.stage() == RedevelopmentStage.COMPLETED) {
            throw new BadRequestException(
                    "stage", "已竣工的更新项目不再有预计竣工日期", "A completed project has no expected completion to change");
        }
        if (!store.reschedule(p, in.expectedCompletion())) {
            throw PreconditionException.stale(p.version());
        }
        return find(id);
    }

    /**
     * Links a building to the project in 在建 that is putting it up: its units become future supply,
     * available from the project's expected completion, until the project is 竣工.
     */
    @Transactional
    RedevelopmentProjectView linkBuilding(long id, JsonNode json) {
        viewer.requireStaffOrAdmin();
        RedevelopmentProjectView p = find(id);
        RedevelopmentBuildingLink link = bodies.read(json, RedevelopmentBuildingLink.class);
        if (p.stage() != RedevelopmentStage.CONSTRUCTION) {
            throw new BadRequestException(
                    "stage",
                    "只有在建（CONSTRUCTION）的更新项目可以关联楼栋，此项目为 " + p.stageZh(),
                    "Only a project under construction (CONSTRUCTION) takes buildings: this one is " + p.stage());
        }
        long building = link.buildingId();
        if (!store.buildingExists(building)) {
            throw new BadRequestException(
                    "buildingId",
                    "字段 buildingId：楼栋 " + building + " 不存在",
                    "Field 'buildingId': no building " + building);
        }
        Optional<Long> linked = store.buildingProject(building);
        if (linked.isPresent() && linked.get() != id) {
            throw new BadRequestException(
                    "buildingId",
                    "字段 buildingId：楼栋 " + building + " 已属于更新项目 " + linked.get(),
                    "Field 'buildingId': building " + building + " belongs to redevelopment project " + linked.get());
        }
        if (linked.isEmpty()) {
            store.linkBuilding(id, building);
        }
        return find(id);
    }

    @Transactional(readOnly = true)
    List<RedevelopmentStageEvent> history(long id) {
        viewer.requireAdmin();
        find(id);
        return store.history(id);
    }

    private RedevelopmentProjectView find(long id) {
        return store.projects(id, null).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "更新项目 " + id + " 不存在", "Redevelopment project " + id + " does not exist"));
    }
}
