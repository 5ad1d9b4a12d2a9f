package cn.dongguan.cfk.space;

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

    Building(BuildingDraft d) {
        update(d);
    }

    /** Takes the fields of a checked draft. */
    void update(BuildingDraft d) {
        this.parkCode = d.parkCode;
        this.townCode = d.townCode;
        this.name = d.name;
        this.address = d.address;
        this.type = d.type;
        this.floors = d.floors;
        this.floorAreaM2 = d.floorAreaM2;
        this.structure = d.structure;
        this.yearBuilt = d.yearBuilt;
        this.landTenure = d.landTenure;
        this.titleCertificate = d.titleCertificate;
        this.cargoLiftCount = d.cargoLiftCount;
        this.cargoLiftTonnes = d.cargoLiftTonnes;
        this.fireHazardClass = d.fireHazardClass;
        this.geom = d.geom;
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
