package cn.dongguan.cfk.space;

import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.PlacedFeature;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.NotFoundException;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "building")
class Building extends PlacedFeature {

    private String name;
    private String address;
    private String type;
    private int floors;
    private BigDecimal floorAreaM2;
    private String structure;
    private Integer yearBuilt;
    private String landTenure;
    private Boolean titleCertificate;
    private Integer cargoLiftCount;
    private BigDecimal cargoLiftTonnes;
    private String fireHazardClass;

    protected Building() {}

    Building(BuildingFields fields, String parkCode, BigDecimal floorAreaM2, Placed footprint) {
        update(fields, parkCode, floorAreaM2);
        place(footprint);
    }

    /** Takes checked fields, the park's canonical code and the floor area (given or computed). */
    void update(BuildingFields f, String parkCode, BigDecimal floorAreaM2) {
        setParkCode(parkCode);
        this.name = f.name();
        this.address = f.address();
        this.type = f.type().code();
        this.floors = f.floors();
        this.floorAreaM2 = floorAreaM2;
        this.structure = f.structure();
        this.yearBuilt = f.yearBuilt();
        this.landTenure = f.landTenure();
        this.titleCertificate = f.titleCertificate();
        this.cargoLiftCount = f.cargoLiftCount();
        this.cargoLiftTonnes = f.cargoLiftTonnes();
        this.fireHazardClass =
                f.fireHazardClass() == null ? null : f.fireHazardClass().code();
    }

    /** The fields a merge patch starts from. */
    BuildingFields fields() {
        return new BuildingFields(
                getParkCode(),
                name,
                address,
                BuildingType.of(type),
                floors,
                floorAreaM2,
                structure,
                yearBuilt,
                landTenure,
                titleCertificate,
                cargoLiftCount,
                cargoLiftTonnes,
                FireHazardClass.of(fireHazardClass).orElse(null));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("楼栋 " + id + " 不存在", "Building " + id + " does not exist");
    }

    BuildingView view(List<UnitView> units, LocalDate expectedCompletion) {
        return BuildingView.of(
                getId(), getTownCode(), fields(), getVersion(), GeoJson.write(getGeom()), units, expectedCompletion);
    }

    int getFloors() {
        return floors;
    }

    BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }
}
