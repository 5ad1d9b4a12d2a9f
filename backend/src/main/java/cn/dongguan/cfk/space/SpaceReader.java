package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.security.CurrentViewer;
import java.time.Clock;
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
    private final FutureSupplies futureSupply;

    SpaceReader(
            BuildingRepository buildings,
            SpaceUnitRepository units,
            EnterpriseDirectory enterprises,
            CurrentViewer viewer,
            Clock clock,
            FutureSupplies futureSupply) {
        this.buildings = buildings;
        this.units = units;
        this.enterprises = enterprises;
        this.viewer = viewer;
        this.clock = clock;
        this.futureSupply = futureSupply;
    }

    BuildingView building(long id) {
        Building b = buildings.findById(id).orElseThrow(() -> Building.notFound(id));
        boolean personal = viewer.maySeePersonalDataOf(b.getParkCode());
        return b.view(
                units.findByBuildingIdOrderByFloorFromAscIdAsc(id).stream()
                        .map(u -> view(u, b, personal))
                        .toList(),
                futureSupply.expectedCompletion(id).orElse(null));
    }

    UnitView unit(long id) {
        SpaceUnit u = units.findById(id).orElseThrow(() -> SpaceUnit.notFound(id));
        Building b = buildings.findById(u.getBuildingId()).orElseThrow(() -> Building.notFound(u.getBuildingId()));
        return view(u, b, viewer.maySeePersonalDataOf(b.getParkCode()));
    }

    private UnitView view(SpaceUnit u, Building b, boolean personal) {
        Long occupant = u.occupancy().occupantEnterpriseId();
        return new UnitView(
                u.getId(),
                u.getBuildingId(),
                b.getParkCode(),
                b.getTownCode(),
                u.terms(clock),
                u.getVersion(),
                personal ? enterprises.find(occupant).orElse(null) : null);
    }
}
