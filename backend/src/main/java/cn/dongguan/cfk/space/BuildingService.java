package cn.dongguan.cfk.space;

import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.JsonBodies;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Park managers (their parks) and administrators (any park, and buildings outside the parks) add
 * and change buildings (SPEC §4, §5); {@link OccupancyService} adds their units. The footprint goes through the geometry
 * pipeline: valid, inside its park (or outside every park), in a town, clear of other buildings.
 */
@Service
class BuildingService {

    private final BuildingRepository buildings;
    private final SpaceUnitRepository units;
    private final JsonBodies bodies;
    private final Footprints footprints;
    private final CurrentViewer viewer;
    private final SpaceReader reader;

    BuildingService(
            BuildingRepository buildings,
            SpaceUnitRepository units,
            JsonBodies bodies,
            Footprints footprints,
            CurrentViewer viewer,
            SpaceReader reader) {
        this.buildings = buildings;
        this.units = units;
        this.bodies = bodies;
        this.footprints = footprints;
        this.viewer = viewer;
        this.reader = reader;
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

    /**
     * The checks of {@link #create} on a footprint being drawn (write access, geometry, park, town,
     * overlap), writing nothing; 400 naming the problem as a save would.
     */
    @Transactional(readOnly = true)
    FootprintCheck check(JsonNode body) {
        viewer.requireInventoryWriter();
        FootprintDraft draft = bodies.read(body, FootprintDraft.class);
        Placed footprint = footprints.check(body, draft.park(), Subject.BUILDING);
        return new FootprintCheck(footprint.townCode(), Math.round(footprint.areaM2()));
    }

    /** A JSON merge patch under If-Match; the same checks as creation for what it changes. */
    @Transactional
    BuildingView patch(long id, String ifMatch, JsonNode patch) {
        Building building = buildings.findById(id).orElseThrow(() -> Building.notFound(id));
        footprints.requirePatchable(building.existing(), ifMatch);
        BuildingFields fields = bodies.merge(building.fields(), patch);
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
}
