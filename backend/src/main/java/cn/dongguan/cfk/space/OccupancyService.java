package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.JsonBodies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Park managers add units and keep their occupancy current (SPEC §7): changes under optimistic
 * locking, each recorded as an occupancy event in the same transaction, and confirmations that keep
 * listings fresh.
 * Role and park scope are checked before anything is read for change.
 */
@Service
class OccupancyService {

    private final SpaceUnitRepository units;
    private final BuildingRepository buildings;
    private final JsonBodies bodies;
    private final OccupancyEvents events;
    private final EnterpriseDirectory enterprises;
    private final CurrentViewer viewer;
    private final SpaceReader reader;
    private final Clock clock;

    OccupancyService(
            SpaceUnitRepository units,
            BuildingRepository buildings,
            JsonBodies bodies,
            OccupancyEvents events,
            EnterpriseDirectory enterprises,
            CurrentViewer viewer,
            SpaceReader reader,
            Clock clock) {
        this.units = units;
        this.buildings = buildings;
        this.bodies = bodies;
        this.events = events;
        this.enterprises = enterprises;
        this.viewer = viewer;
        this.reader = reader;
        this.clock = clock;
    }

    /** A new unit, recorded as its first occupancy event (before: none) in the same transaction. */
    @Transactional
    UnitView addUnit(long buildingId, JsonNode body, String source) {
        Building building = buildings.findById(buildingId).orElseThrow(() -> Building.notFound(buildingId));
        viewer.requireInventoryWrite(building.getParkCode());
        NewUnit unit = bodies.read(body, NewUnit.class);
        unit.requireFits(building);
        OccupancyState occupancy = unit.occupancy();
        bodies.validate(occupancy);
        requireAcceptable(occupancy, unit.areaM2());
        Instant now = clock.instant();
        SpaceUnit saved = units.saveAndFlush(new SpaceUnit(buildingId, unit, occupancy, now));
        events.record(saved.getId(), now, viewer.requireUsername(), source, null, occupancy);
        return reader.unit(saved.getId());
    }

    /**
     * Applies a merge patch when If-Match names the current version; a status change alone brings the
     * vacancy that goes with it. A change also confirms the listing (its manager has just looked at it)
     * and is recorded as an occupancy event; a patch that changes nothing changes nothing, not even the
     * version or the confirmation: confirming alone is {@link #confirm}.
     */
    @Transactional
    UnitView patch(long id, String ifMatch, JsonNode patch, String source) {
        SpaceUnit unit = unitForChange(id);
        ETags.requireMatch(ifMatch, unit.getVersion());
        OccupancyState before = unit.occupancy();
        OccupancyState after = bodies.merge(before, patch);
        if (!patch.has("vacantAreaM2") && after.status() != before.status()) {
            after = after.withVacancyOfStatus(unit.getAreaM2());
        }
        requireAcceptable(after, unit.getAreaM2());
        if (after.sameAs(before)) {
            return reader.unit(id);
        }
        Instant now = clock.instant();
        unit.changeOccupancy(after);
        unit.confirm(now);
        units.saveAndFlush(unit);
        events.record(id, now, viewer.requireUsername(), source, before, after);
        return reader.unit(id);
    }

    @Transactional
    UnitView confirm(long id) {
        SpaceUnit unit = unitForChange(id);
        unit.confirm(clock.instant());
        units.saveAndFlush(unit);
        return reader.unit(id);
    }

    /** Confirms all the units or none: one unknown or out-of-scope unit refuses the lot. */
    @Transactional
    int confirmAll(List<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        List<SpaceUnit> found = distinct.stream().map(this::unitForChange).toList();
        Instant now = clock.instant();
        found.forEach(u -> u.confirm(now));
        units.saveAllAndFlush(found);
        return found.size();
    }

    @Transactional(readOnly = true)
    List<OccupancyEvent> history(long id) {
        SpaceUnit unit = units.findById(id).orElseThrow(() -> SpaceUnit.notFound(id));
        viewer.requirePersonalDataOf(parkOf(unit));
        return events.forUnit(id);
    }

    private SpaceUnit unitForChange(long id) {
        SpaceUnit unit = units.findById(id).orElseThrow(() -> SpaceUnit.notFound(id));
        viewer.requireInventoryWrite(parkOf(unit));
        return unit;
    }

    private String parkOf(SpaceUnit unit) {
        return buildings
                .findById(unit.getBuildingId())
                .map(Building::getParkCode)
                .orElse(null);
    }

    /** 400 unless the occupancy fits the unit's area and names a known occupant. */
    private void requireAcceptable(OccupancyState occupancy, BigDecimal unitAreaM2) {
        occupancy.requireFits(unitAreaM2);
        enterprises.requireKnown(occupancy.occupantEnterpriseId(), "occupantEnterpriseId");
    }
}
