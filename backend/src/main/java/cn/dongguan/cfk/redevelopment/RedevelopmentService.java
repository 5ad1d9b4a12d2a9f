package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.DongguanExtent;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.PreconditionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Village areas and redevelopment projects: their checks, stage moves and history (staff and admins). */
@Service
class RedevelopmentService {

    private static final Set<String> AREA_TYPES = Set.of("POLYGON", "MULTIPOLYGON");

    private final RedevelopmentStore store;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;

    RedevelopmentService(RedevelopmentStore store, JsonBodies bodies, CurrentViewer viewer) {
        this.store = store;
        this.bodies = bodies;
        this.viewer = viewer;
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
        String geoJson = in.geometry().toString();
        RedevelopmentStore.GeometryCheck g = readGeometry(geoJson);
        if (!AREA_TYPES.contains(g.type()) || !g.valid()) {
            throw badGeometry("应为有效的多边形（Polygon 或 MultiPolygon）", "must be a valid Polygon or MultiPolygon");
        }
        if (!DongguanExtent.covers(g.minLon(), g.minLat(), g.maxLon(), g.maxLat())) {
            throw badGeometry(
                    "应在东莞范围内（" + DongguanExtent.TEXT_ZH + "）", "must lie in Dongguan (" + DongguanExtent.TEXT_EN + ")");
        }
        return area(store.insertArea(in, geoJson));
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
        viewer.requireStaffOrAdmin();
        RedevelopmentProjectView p = find(id);
        ETags.requireMatch(ifMatch, p.version());
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

    private RedevelopmentStore.GeometryCheck readGeometry(String geoJson) {
        return store.check(geoJson)
                .orElseThrow(() -> badGeometry("不是可读的 GeoJSON 几何", "is not a readable GeoJSON geometry"));
    }

    private static BadRequestException badGeometry(String zh, String en) {
        return new BadRequestException("geometry", "字段 geometry：" + zh, "Field 'geometry' " + en);
    }
}
