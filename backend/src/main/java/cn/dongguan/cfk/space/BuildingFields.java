package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.shared.JsonFields.between;
import static cn.dongguan.cfk.shared.JsonFields.oneOf;
import static cn.dongguan.cfk.shared.JsonFields.positive;
import static cn.dongguan.cfk.shared.JsonFields.required;
import static cn.dongguan.cfk.shared.JsonFields.text;

import cn.dongguan.cfk.geometry.GeometryInput;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.JsonFields;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads the building fields of a create body or a JSON merge patch (RFC 7396) into a draft: only the
 * members present change it, null clears an optional field. Each value is checked as it is read;
 * the geometry members are read by {@link GeometryInput}.
 */
final class BuildingFields {

    static final List<String> TYPES = List.of("标准厂房", "独立厂房", "多层厂房", "研发楼", "仓库");
    static final List<String> FIRE_HAZARD_CLASSES = List.of("甲", "乙", "丙", "丁", "戊");
    static final List<String> LAND_TENURES = List.of("国有", "集体");
    static final Set<String> FIELDS = Stream.concat(
                    Stream.of(
                            "parkCode",
                            "name",
                            "address",
                            "type",
                            "floors",
                            "floorAreaM2",
                            "structure",
                            "yearBuilt",
                            "landTenure",
                            "titleCertificate",
                            "cargoLiftCount",
                            "cargoLiftTonnes",
                            "fireHazardClass"),
                    GeometryInput.FIELDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private BuildingFields() {}

    static BuildingDraft apply(JsonNode body, BuildingDraft d) {
        JsonFields.requireObject(body);
        JsonFields.requireKnown(body, FIELDS);
        if (body.has("parkCode")) {
            String code = text(body, "parkCode", 16);
            d.parkCode = code == null ? null : ParkCode.parse(code, "parkCode");
        }
        if (body.has("name")) {
            d.name = text(body, "name", 128);
        }
        if (body.has("address")) {
            d.address = text(body, "address", 256);
        }
        if (body.has("type")) {
            d.type = oneOf("type", text(body, "type", 16), TYPES);
        }
        if (body.has("floors")) {
            d.floors = between("floors", JsonFields.integer(body, "floors"), 1, 60);
        }
        if (body.has("floorAreaM2")) {
            d.floorAreaM2 = positive("floorAreaM2", JsonFields.decimal(body, "floorAreaM2"), "10000000");
        }
        if (body.has("structure")) {
            d.structure = text(body, "structure", 32);
        }
        if (body.has("yearBuilt")) {
            d.yearBuilt = between("yearBuilt", JsonFields.integer(body, "yearBuilt"), 1950, 2100);
        }
        if (body.has("landTenure")) {
            d.landTenure = oneOf("landTenure", text(body, "landTenure", 8), LAND_TENURES);
        }
        if (body.has("titleCertificate")) {
            d.titleCertificate = JsonFields.bool(body, "titleCertificate");
        }
        if (body.has("cargoLiftCount")) {
            d.cargoLiftCount = between("cargoLiftCount", JsonFields.integer(body, "cargoLiftCount"), 0, 100);
        }
        if (body.has("cargoLiftTonnes")) {
            d.cargoLiftTonnes = positive("cargoLiftTonnes", JsonFields.decimal(body, "cargoLiftTonnes"), "100");
        }
        if (body.has("fireHazardClass")) {
            d.fireHazardClass = oneOf("fireHazardClass", text(body, "fireHazardClass", 1), FIRE_HAZARD_CLASSES);
        }
        return d;
    }

    /** The fields every building has (the footprint is checked apart). */
    static void requireComplete(BuildingDraft d) {
        required("name", d.name);
        required("type", d.type);
        required("floors", d.floors);
    }
}
