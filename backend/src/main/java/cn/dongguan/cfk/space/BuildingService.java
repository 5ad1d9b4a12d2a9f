package cn.dongguan.cfk.space;

import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.DoubleSupplier;
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
        BigDecimal floorArea = floorArea(fields, footprint::areaM2);
        Building saved = buildings.saveAndFlush(new Building(fields, park, floorArea, footprint));
        return reader.building(saved.getId());
    }

    /** A JSON merge patch under If-Match; the same checks as creation for what it changes. */
    @Transactional
    BuildingView patch(long id, String ifMatch, JsonNode patch) {
        Building building = buildings.findById(id).orElseThrow(() -> Building.notFound(id));
        footprints.requirePatchable(building.existing(), ifMatch);
        BuildingFields fields = bodies.merge(building.fields(), patch);
        String park = fields.park();
        Optional<Placed> footprint = footprints.replace(patch, building.existing(), park, Subject.BUILDING);
        int highest = units.highestFloorOf(id);
        if (fields.floors() < highest) {
            throw new BadRequestException(
                    "floors",
                    "楼层数不能少于 " + highest + "：已有单元位于第 " + highest + " 层",
                    "floors cannot be below " + highest + ": a unit of this building is on floor " + highest);
        }
        BigDecimal floorArea = floorArea(
                fields, () -> footprint.map(Placed::areaM2).orElseGet(() -> footprints.areaM2(building.getGeom())));
        building.update(fields, park, floorArea);
        footprint.ifPresent(building::place);
        buildings.saveAndFlush(building);
        return reader.building(id);
    }

    /** The given floor area, or the footprint's area times the floors. */
    private static BigDecimal floorArea(BuildingFields fields, DoubleSupplier footprintAreaM2) {
        if (fields.floorAreaM2() != null) {
            return fields.floorAreaM2();
        }
        return BigDecimal.valueOf(footprintAreaM2.getAsDouble())
                .multiply(BigDecimal.valueOf(fields.floors()))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
