package cn.dongguan.cfk.space;

import cn.dongguan.cfk.geometry.Footprints.Existing;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.locationtech.jts.geom.Polygon;

@Entity
@Table(name = "building")
class Building {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_code")
    private String parkCode;

    @Column(name = "town_code")
    private String townCode;

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

    @Column(name = "geom", columnDefinition = "geometry(Polygon,4326)")
    private Polygon geom;

    @Version
    private long version;

    protected Building() {}

    Building(BuildingFields fields, String parkCode, BigDecimal floorAreaM2, Placed footprint) {
        update(fields, parkCode, floorAreaM2);
        place(footprint);
    }

    /** Takes checked fields, the park's canonical code and the floor area (given or computed). */
    void update(BuildingFields f, String parkCode, BigDecimal floorAreaM2) {
        this.parkCode = parkCode;
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

    /** Takes a placed footprint and its town. */
    void place(Placed footprint) {
        this.geom = (Polygon) footprint.geometry();
        this.townCode = footprint.townCode();
    }

    /** As the geometry pipeline sees it when a patch changes it. */
    Existing existing() {
        return new Existing(id, geom, parkCode, version);
    }

    Long getId() {
        return id;
    }

    String getParkCode() {
        return parkCode;
    }

    String getTownCode() {
        return townCode;
    }

    String getName() {
        return name;
    }

    String getAddress() {
        return address;
    }

    String getType() {
        return type;
    }

    int getFloors() {
        return floors;
    }

    BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    String getStructure() {
        return structure;
    }

    Integer getYearBuilt() {
        return yearBuilt;
    }

    String getLandTenure() {
        return landTenure;
    }

    Boolean getTitleCertificate() {
        return titleCertificate;
    }

    Integer getCargoLiftCount() {
        return cargoLiftCount;
    }

    BigDecimal getCargoLiftTonnes() {
        return cargoLiftTonnes;
    }

    String getFireHazardClass() {
        return fireHazardClass;
    }

    Polygon getGeom() {
        return geom;
    }

    long getVersion() {
        return version;
    }
}
