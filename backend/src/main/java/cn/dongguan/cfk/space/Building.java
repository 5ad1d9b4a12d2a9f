package cn.dongguan.cfk.space;

import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.PlacedFeature;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.NotFoundException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "building")
class Building extends PlacedFeature {

    @Column(name = "name")
    private String name;

    @Column(name = "address")
    private String address;

    @Column(name = "type")
    private String type;

    @Column(name = "floors")
    private int floors;

    @Column(name = "floor_area_m2")
    private BigDecimal floorAreaM2;

    @Column(name = "structure")
    private String structure;

    @Column(name = "year_built")
    private Integer yearBuilt;

    @Column(name = "land_tenure")
    private String landTenure;

    @Column(name = "title_certificate")
    private Boolean titleCertificate;

    @Column(name = "cargo_lift_count")
    private Integer cargoLiftCount;

    @Column(name = "cargo_lift_tonnes")
    private BigDecimal cargoLiftTonnes;

    @Column(name = "fire_hazard_class")
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
