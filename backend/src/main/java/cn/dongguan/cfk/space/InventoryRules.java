package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.JsonBodies;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of the building and unit writes (SPEC §5) for rows that arrive another way, such as an
 * import: the same records, constraints and checks as {@code POST}/{@code PATCH}, on a body with the
 * API's field names. Each check answers the canonical fields or throws the API's 400 naming the field.
 * Park scope and geometry are the caller's (CurrentViewer, geometry's Footprints), as for the API.
 */
@Component
public class InventoryRules {

    /** The fields of a building write body, beside its geometry. */
    public static final List<String> BUILDING_FIELDS = names(BuildingFields.class);

    /** The fields of a new unit's body. */
    public static final List<String> UNIT_FIELDS = names(NewUnit.class);

    /** The fields whose every change is an occupancy event, as events record them before and after. */
    public static final List<String> OCCUPANCY_FIELDS = names(OccupancyState.class);

    private final JsonBodies bodies;
    private final JsonMapper json;

    InventoryRules(JsonBodies bodies, JsonMapper json) {
        this.bodies = bodies;
        this.json = json;
    }

    public static List<String> buildingTypes() {
        return Arrays.stream(BuildingType.values()).map(BuildingType::code).toList();
    }

    public static List<String> unitStatuses() {
        return Arrays.stream(UnitStatus.values()).map(UnitStatus::name).toList();
    }

    /** The floor area a building without a given one gets: its footprint's area times its floors. */
    public static BigDecimal floorAreaOf(int floors, double footprintAreaM2) {
        return BuildingFields.computedFloorArea(floors, footprintAreaM2);
    }

    /**
     * A building's fields as a create body (or a patch merged with the stored fields) has them, checked:
     * the park code canonical, at least as many floors as its highest unit stands on (0: no units).
     * floorAreaM2 stays null when not given.
     */
    public ObjectNode building(ObjectNode body, int highestUnitFloor) {
        BuildingFields fields = bodies.read(body, BuildingFields.class);
        fields.requireFloorsHold(highestUnitFloor);
        ObjectNode canonical = json.valueToTree(fields);
        canonical.put("parkCode", fields.park());
        return canonical;
    }

    /**
     * A unit's fields, checked as a new unit of a building of that many floors and that floor area:
     * floorTo filled in, and without a vacantAreaM2 the vacancy that goes with the status.
     */
    public ObjectNode unit(ObjectNode body, int buildingFloors, BigDecimal buildingFloorAreaM2) {
        NewUnit unit = bodies.read(body, NewUnit.class);
        unit.requireFits(buildingFloors, buildingFloorAreaM2);
        OccupancyState occupancy = unit.occupancy();
        bodies.validate(occupancy);
        occupancy.requireFits(unit.areaM2());
        ObjectNode canonical = json.valueToTree(unit);
        canonical.put("floorTo", unit.top());
        canonical.setAll((ObjectNode) json.valueToTree(occupancy));
        return canonical;
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }
}
