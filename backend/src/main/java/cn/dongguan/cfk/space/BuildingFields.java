package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.shared.Texts.trimmed;

import cn.dongguan.cfk.geometry.GeometryMembers;
import cn.dongguan.cfk.geometry.InventoryInput;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.FireHazardClass;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleSupplier;

/**
 * The fields of a building a write sets (SPEC §5), as a create body or, merged with the stored ones,
 * a JSON merge patch has them; the footprint members beside them go to the geometry pipeline. A null
 * floorAreaM2 is computed from the footprint.
 */
@GeometryMembers
record BuildingFields(
        String parkCode,
        @NotNull @Size(max = InventoryInput.NAME_LENGTH) String name,
        @Size(max = InventoryInput.ADDRESS_LENGTH) String address,
        @NotNull BuildingType type,
        @NotNull @Min(1) @Max(60) Integer floors,

        @Positive @DecimalMax("10000000") @Digits(integer = 10, fraction = 2)
        BigDecimal floorAreaM2,

        @Size(max = InventoryInput.STRUCTURE_LENGTH) String structure,
        @Min(1950) @Max(2100) Integer yearBuilt,

        @Pattern(regexp = "国有|集体", message = "字段 landTenure 应为 国有 或 集体|Field 'landTenure' must be 国有 or 集体")
        String landTenure,

        Boolean titleCertificate,
        @Min(0) @Max(100) Integer cargoLiftCount,

        @Positive @DecimalMax("100") @Digits(integer = 4, fraction = 2)
        BigDecimal cargoLiftTonnes,

        FireHazardClass fireHazardClass) {

    BuildingFields {
        parkCode = trimmed(parkCode);
        name = trimmed(name);
        address = trimmed(address);
        structure = trimmed(structure);
    }

    /** The given floor area, or the footprint's area times the floors (to 0.01 m²). */
    BigDecimal floorAreaOr(DoubleSupplier footprintAreaM2) {
        if (floorAreaM2 != null) {
            return floorAreaM2;
        }
        return computedFloorArea(floors, footprintAreaM2.getAsDouble());
    }

    static BigDecimal computedFloorArea(int floors, double footprintAreaM2) {
        return BigDecimal.valueOf(footprintAreaM2)
                .multiply(BigDecimal.valueOf(floors))
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** 400 naming floors when fewer floors than the highest unit of the building stands on. */
    void requireFloorsHold(int highestUnitFloor) {
        if (floors < highestUnitFloor) {
            throw new BadRequestException(
                    "floors",
                    "楼层数不能少于 " + highestUnitFloor + "：已有单元位于第 " + highestUnitFloor + " 层",
                    "floors cannot be below " + highestUnitFloor + ": a unit of this building is on floor "
                            + highestUnitFloor);
        }
    }

    /** The park's canonical code, null for none; 400 naming parkCode when it is no park code. */
    String park() {
        return parkCode == null ? null : ParkCode.parse(parkCode, "parkCode");
    }
}
