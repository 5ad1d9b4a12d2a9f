package cn.dongguan.cfk.space;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Polygon;

@Entity
@Table(name = "building")
class Building {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String parkCode;
    private String townCode;
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
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 1)
    private String fireHazardClass;

    @Column(name = "geom", columnDefinition = "geometry(Polygon,4326)")
    private Polygon geom;

    @Version
    private long version;

    protected Building() {
    }

    Long getId() { return id; }
    String getParkCode() { return parkCode; }
    String getTownCode() { return townCode; }
    String getName() { return name; }
    String getAddress() { return address; }
    String getType() { return type; }
    int getFloors() { return floors; }
    BigDecimal getFloorAreaM2() { return floorAreaM2; }
    String getStructure() { return structure; }
    Integer getYearBuilt() { return yearBuilt; }
    String getLandTenure() { return landTenure; }
    Boolean getTitleCertificate() { return titleCertificate; }
    Integer getCargoLiftCount() { return cargoLiftCount; }
    BigDecimal getCargoLiftTonnes() { return cargoLiftTonnes; }
    String getFireHazardClass() { return fireHazardClass; }
    Polygon getGeom() { return geom; }
    long getVersion() { return version; }
}
