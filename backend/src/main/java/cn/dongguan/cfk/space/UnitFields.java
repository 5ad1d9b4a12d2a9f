package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.shared.JsonFields.positive;
import static cn.dongguan.cfk.shared.JsonFields.required;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonFields;
import java.math.BigDecimal;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of a new unit and checks it against its building (SPEC §8): floors within the
 * building, an area within its floor area, vacancy consistent with the status. Whether the occupant
 * exists is for the caller to check.
 */
final class UnitFields {

    static final Set<String> FIELDS = Set.of(
            "floorFrom",
            "floorTo",
            "areaM2",
            "vacantAreaM2",
            "ceilingHeightM",
            "floorLoadKgM2",
            "powerKva",
            "rentYuanM2Month",
            "status",
            "availableFrom",
            "occupantEnterpriseId");

    private UnitFields() {}

    static NewUnit read(JsonNode body, Building building) {
        JsonFields.requireObject(body);
        JsonFields.requireKnown(body, FIELDS);
        int floors = building.getFloors();
        int floorFrom = required("floorFrom", JsonFields.integer(body, "floorFrom"));
        if (floorFrom < 1 || floorFrom > floors) {
            throw new BadRequestException(
                    "floorFrom",
                    "起始楼层应在 1 到 " + floors + " 之间（该楼栋共 " + floors + " 层）",
                    "floorFrom must be between 1 and " + floors + " (the building has " + floors + " floors)");
        }
        Integer to = JsonFields.integer(body, "floorTo");
        int floorTo = to == null ? floorFrom : to;
        if (floorTo < floorFrom || floorTo > floors) {
            throw new BadRequestException(
                    "floorTo",
                    "结束楼层应在 " + floorFrom + " 到 " + floors + " 之间",
                    "floorTo must be between floorFrom (" + floorFrom + ") and " + floors);
        }
        BigDecimal area = positive("areaM2", required("areaM2", JsonFields.decimal(body, "areaM2")), "10000000");
        if (area.compareTo(building.getFloorAreaM2()) > 0) {
            throw new BadRequestException(
                    "areaM2",
                    "单元面积 " + area + " m² 超过楼栋建筑面积 " + building.getFloorAreaM2() + " m²",
                    "areaM2 " + area + " exceeds the building's floor area of " + building.getFloorAreaM2() + " m²");
        }
        String status = required("status", JsonFields.text(body, "status", 16));
        BigDecimal vacant = JsonFields.decimal(body, "vacantAreaM2");
        if (vacant == null && !body.has("vacantAreaM2")) {
            vacant = "VACANT".equals(status) ? area : BigDecimal.ZERO;
        }
        OccupancyState occupancy = new OccupancyState(
                status,
                vacant,
                JsonFields.decimal(body, "rentYuanM2Month"),
                JsonFields.date(body, "availableFrom"),
                JsonFields.id(body, "occupantEnterpriseId"));
        UnitPatch.validate(occupancy, area);
        return new NewUnit(
                floorFrom,
                floorTo,
                area,
                positive("ceilingHeightM", JsonFields.decimal(body, "ceilingHeightM"), "100"),
                positive("floorLoadKgM2", JsonFields.decimal(body, "floorLoadKgM2"), "100000"),
                positive("powerKva", JsonFields.decimal(body, "powerKva"), "1000000"),
                occupancy);
    }
}
