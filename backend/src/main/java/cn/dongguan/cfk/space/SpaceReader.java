package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads buildings and units into their API views, hiding occupants from those who may not see them. */
@Service
@Transactional(readOnly = true)
class SpaceReader {

    private final BuildingRepository buildings;
    private final SpaceUnitRepository units;
    private final EnterpriseDirectory enterprises;
    private final CurrentViewer viewer;
    private final Clock clock;

    SpaceReader(
            BuildingRepository buildings,
            SpaceUnitRepository units,
            EnterpriseDirectory enterprises,
            CurrentViewer viewer,
            Clock clock) {
        this.buildings = buildings;
        this.units = units;
        this.enterprises = enterprises;
        this.viewer = viewer;
        this.clock = clock;
    }

    BuildingView building(long id) {
        Building b = buildings.findById(id).orElseThrow(() -> buildingNotFound(id));
        boolean personal = viewer.maySeePersonalDataOf(b.getParkCode());
        List<UnitView> unitViews = units.findByBuildingIdOrderByFloorFromAscIdAsc(id).stream()
                .map(u -> view(u, b, personal))
                .toList();
        return new BuildingView(
                b.getId(),
                b.getParkCode(),
                b.getTownCode(),
                b.getName(),
                b.getAddress(),
                b.getType(),
                b.getFloors(),
                b.getFloorAreaM2(),
                b.getStructure(),
                b.getYearBuilt(),
                b.getLandTenure(),
                b.getTitleCertificate(),
                b.getCargoLiftCount(),
                b.getCargoLiftTonnes(),
                b.getFireHazardClass(),
                b.getVersion(),
                GeoJson.write(b.getGeom()),
                unitViews);
    }

    UnitView unit(long id) {
        SpaceUnit u = units.findById(id)
                .orElseThrow(() -> new NotFoundException("单元 " + id + " 不存在", "Unit " + id + " does not exist"));
        Building b = buildings.findById(u.getBuildingId()).orElseThrow(() -> buildingNotFound(u.getBuildingId()));
        return view(u, b, viewer.maySeePersonalDataOf(b.getParkCode()));
    }

    private UnitView view(SpaceUnit u, Building b, boolean personal) {
        return new UnitView(
                u.getId(),
                u.getBuildingId(),
                b.getParkCode(),
                b.getTownCode(),
                u.getFloorFrom(),
                u.getFloorTo(),
                u.getAreaM2(),
                u.getVacantAreaM2(),
                u.getCeilingHeightM(),
                u.getFloorLoadKgM2(),
                u.getPowerKva(),
                u.getRentYuanM2Month(),
                u.getStatus(),
                u.getAvailableFrom(),
                u.getLastConfirmedAt(),
                Freshness.isStale(u.getLastConfirmedAt(), clock),
                u.getVersion(),
                personal ? enterprises.find(u.getOccupantEnterpriseId()).orElse(null) : null);
    }

    private static NotFoundException buildingNotFound(long id) {
        return new NotFoundException("楼栋 " + id + " 不存在", "Building " + id + " does not exist");
    }
}
