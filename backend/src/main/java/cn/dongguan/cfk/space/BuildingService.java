package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Park managers (their parks) and administrators (any park, and buildings outside the parks) add
 * and change buildings and add units (SPEC §4, §5). The footprint goes through the geometry
 * pipeline: valid, inside its park (or outside every park), in a town, clear of other buildings.
 */
@Service
class BuildingService {

    private final BuildingRepository buildings;
    private final SpaceUnitRepository units;
    private final JsonBodies bodies;
    private final Footprints footprints;
    private final OccupancyEvents events;
    private final EnterpriseDirectory enterprises;
    private final CurrentViewer viewer;
    private final SpaceReader reader;
    private final Clock clock;

    BuildingService(
            BuildingRepository buildings,
            SpaceUnitRepository units,
            JsonBodies bodies,
            Footprints footprints,
            OccupancyEvents events,
            EnterpriseDirectory enterprises,
            CurrentViewer viewer,
            SpaceReader reader,
            Clock clock) {
        this.buildings = buildings;
        this.units = units;
        this.bodies = bodies;
        this.footprints = footprints;
        this.events = events;
        this.enterprises = enterprises;
        this.viewer = viewer;
        this.reader = reader;
        this.clock = clock;
    }

    @Transactional
    BuildingView create(JsonNode body) {
        viewer.requireInventoryWriter();
        BuildingFields fields = bodies.read(body, BuildingFields.class);
        String park = fields.park();
        Placed footprint = footprints.place(body, park, Subject.BUILDING);
        BigDecimal floorArea = fields.floorAreaOr(footprint::areaM2);
        Building saved = buildings.saveAndFlush(new Building(fields, park, floorArea, footprint));
        return reader.building(saved.getId());
    }

    /** A JSON merge patch under If-Match; the same checks as creation for what it changes. */
    @Transactional
    BuildingView patch(long id, String ifMatch, JsonNode patch) {
        Building building = buildings.findById(id).orElseThrow(() -> buildingNotFound(id));
        footprints.requirePatchable(building.existing(), ifMatch);
        BuildingFields fields = bodies.merge(BuildingFields.of(building), patch);
        String park = fields.park();
        Optional<Placed> footprint = footprints.replace(patch, building.existing(), park, Subject.BUILDING);
        fields.requireFloorsHold(units.highestFloorOf(id));
        BigDecimal floorArea = fields.floorAreaOr(
                () -> footprint.map(Placed::areaM2).orElseGet(() -> footprints.areaM2(building.getGeom())));
        building.update(fields, park, floorArea);
        footprint.ifPresent(building::place);
        buildings.saveAndFlush(building);
        return reader.building(id);
    }

    /** A new unit, recorded as its first occupancy event (before: none) in the same transaction. */
    @Transactional
    UnitView addUnit(long buildingId, JsonNode body, String source) {
        Building building = buildings.findById(buildingId).orElseThrow(() -> buildingNotFound(buildingId));
        viewer.requireInventoryWrite(building.getParkCode());
        NewUnit unit = bodies.read(body, NewUnit.class);
        unit.requireFits(building);
        OccupancyState occupancy = unit.occupancy();
        bodies.validate(occupancy);
        occupancy.requireFits(unit.areaM2());
        enterprises.requireKnown(occupancy.occupantEnterpriseId(), "occupantEnterpriseId");
        Instant now = clock.instant();
        SpaceUnit saved = units.saveAndFlush(new SpaceUnit(buildingId, unit, occupancy, now));
        events.record(saved.getId(), now, viewer.requireUsername(), source, null, occupancy);
        return reader.unit(saved.getId());
    }

    private static NotFoundException buildingNotFound(long id) {
        return new NotFoundException("楼栋 " + id + " 不存在", "Building " + id + " does not exist");
    }
}
