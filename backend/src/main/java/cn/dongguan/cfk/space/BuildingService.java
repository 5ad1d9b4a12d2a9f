package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.geometry.CheckedGeometry;
import cn.dongguan.cfk.geometry.GeometryInput;
import cn.dongguan.cfk.geometry.Placement;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Park managers (their parks) and administrators (any park, and buildings outside the parks) add
 * and change buildings and add units (SPEC §4, §5). A footprint must be valid, inside its park (or
 * outside every park when it names none), in a town, and clear of every other building's footprint.
 */
@Service
class BuildingService {

    private final BuildingRepository buildings;
    private final SpaceUnitRepository units;
    private final BuildingSites sites;
    private final GeometryInput geometryInput;
    private final Placement placement;
    private final OccupancyEvents events;
    private final EnterpriseDirectory enterprises;
    private final CurrentViewer viewer;
    private final SpaceReader reader;
    private final Clock clock;

    BuildingService(
            BuildingRepository buildings,
            SpaceUnitRepository units,
            BuildingSites sites,
            GeometryInput geometryInput,
            Placement placement,
            OccupancyEvents events,
            EnterpriseDirectory enterprises,
            CurrentViewer viewer,
            SpaceReader reader,
            Clock clock) {
        this.buildings = buildings;
        this.units = units;
        this.sites = sites;
        this.geometryInput = geometryInput;
        this.placement = placement;
        this.events = events;
        this.enterprises = enterprises;
        this.viewer = viewer;
        this.reader = reader;
        this.clock = clock;
    }

    @Transactional
    BuildingView create(JsonNode body) {
        viewer.requireInventoryWriter();
        BuildingDraft d = BuildingFields.apply(body, new BuildingDraft());
        viewer.requireInventoryWrite(d.parkCode);
        BuildingFields.requireComplete(d);
        CheckedGeometry footprint = geometryInput.read(body, Subject.BUILDING);
        place(d, footprint, -1);
        if (d.floorAreaM2 == null) {
            d.floorAreaM2 = grossArea(BigDecimal.valueOf(footprint.areaM2()), d.floors);
        }
        Building saved = buildings.saveAndFlush(new Building(d));
        return reader.building(saved.getId());
    }

    /** A JSON merge patch under If-Match; the same checks as creation for what it changes. */
    @Transactional
    BuildingView patch(long id, String ifMatch, JsonNode body) {
        Building building = buildings.findById(id).orElseThrow(() -> buildingNotFound(id));
        viewer.requireInventoryWrite(building.getParkCode());
        ETags.requireMatch(ifMatch, building.getVersion());
        BuildingDraft d = BuildingFields.apply(body, BuildingDraft.of(building));
        boolean parkChanged = !Objects.equals(d.parkCode, building.getParkCode());
        if (parkChanged) {
            viewer.requireInventoryWrite(d.parkCode);
        }
        BuildingFields.requireComplete(d);
        Optional<CheckedGeometry> footprint = geometryInput.readIfGiven(body, Subject.BUILDING);
        if (footprint.isPresent()) {
            place(d, footprint.get(), id);
        } else if (parkChanged) {
            requireInPark(d.geom, d.parkCode);
        }
        int highest = sites.highestUnitFloor(id);
        if (d.floors < highest) {
            throw new BadRequestException(
                    "floors",
                    "楼层数不能少于 " + highest + "：已有单元位于第 " + highest + " 层",
                    "floors cannot be below " + highest + ": a unit of this building is on floor " + highest);
        }
        if (d.floorAreaM2 == null) {
            BigDecimal area =
                    footprint.map(f -> BigDecimal.valueOf(f.areaM2())).orElseGet(() -> sites.footprintAreaM2(id));
            d.floorAreaM2 = grossArea(area, d.floors);
        }
        building.update(d);
        buildings.saveAndFlush(building);
        return reader.building(id);
    }

    /** A new unit, recorded as its first occupancy event (before: none) in the same transaction. */
    @Transactional
    UnitView addUnit(long buildingId, JsonNode body, String source) {
        Building building = buildings.findById(buildingId).orElseThrow(() -> buildingNotFound(buildingId));
        viewer.requireInventoryWrite(building.getParkCode());
        NewUnit unit = UnitFields.read(body, building);
        Long occupant = unit.occupancy().occupantEnterpriseId();
        if (occupant != null && enterprises.find(occupant).isEmpty()) {
            throw new BadRequestException(
                    "occupantEnterpriseId", "企业 " + occupant + " 不存在", "Enterprise " + occupant + " does not exist");
        }
        Instant now = clock.instant();
        SpaceUnit saved = units.saveAndFlush(new SpaceUnit(buildingId, unit, now));
        events.record(saved.getId(), now, viewer.requireUsername(), source, null, OccupancyState.of(saved));
        return reader.unit(saved.getId());
    }

    /** Park, overlap and town of a new footprint; {@code self} is the building it replaces (-1: none). */
    private void place(BuildingDraft d, CheckedGeometry footprint, long self) {
        Polygon polygon = (Polygon) footprint.geometry();
        requireInPark(polygon, d.parkCode);
        sites.lockFootprints();
        sites.overlapping(polygon, self).ifPresent(o -> {
            throw new BadRequestException(
                    "geometry",
                    "楼栋轮廓与已有楼栋 " + o.id() + "（" + o.name() + "）重叠",
                    "The building footprint overlaps building " + o.id() + " (" + o.name() + ")",
                    Map.of("overlapsBuildingId", o.id()));
        });
        d.townCode = placement.townOf(polygon, Subject.BUILDING);
        d.geom = polygon;
    }

    private void requireInPark(Polygon footprint, String parkCode) {
        if (parkCode == null) {
            placement.requireOutsideParks(footprint, Subject.BUILDING);
        } else {
            placement.requireInPark(footprint, parkCode, Subject.BUILDING);
        }
    }

    private static BigDecimal grossArea(BigDecimal footprintM2, int floors) {
        return footprintM2.multiply(BigDecimal.valueOf(floors)).setScale(2, RoundingMode.HALF_UP);
    }

    private static NotFoundException buildingNotFound(long id) {
        return new NotFoundException("楼栋 " + id + " 不存在", "Building " + id + " does not exist");
    }
}
