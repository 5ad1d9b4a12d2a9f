package cn.dongguan.cfk.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.locationtech.jts.geom.MultiPolygon;

@Entity
@Table(name = "parcel")
class Parcel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String parcelNo;
    private String parkCode;
    private String townCode;

    @Column(name = "geom", columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon geom;

    private BigDecimal areaM2;
    private String planningUse;
    private BigDecimal plotRatioMin;
    private BigDecimal plotRatioMax;
    private BigDecimal buildingDensity;
    private BigDecimal greenRatio;
    @Column(name = "height_limit_m")
    private BigDecimal heightLimitM;
    private String developmentState;
    private String status;
    private BigDecimal referencePriceWanYuan;
    private LocalDate earliestSupplyDate;

    @Version
    private long version;

    protected Parcel() {
    }

    Long getId() { return id; }
    String getParcelNo() { return parcelNo; }
    String getParkCode() { return parkCode; }
    String getTownCode() { return townCode; }
    MultiPolygon getGeom() { return geom; }
    BigDecimal getAreaM2() { return areaM2; }
    String getPlanningUse() { return planningUse; }
    BigDecimal getPlotRatioMin() { return plotRatioMin; }
    BigDecimal getPlotRatioMax() { return plotRatioMax; }
    BigDecimal getBuildingDensity() { return buildingDensity; }
    BigDecimal getGreenRatio() { return greenRatio; }
    BigDecimal getHeightLimitM() { return heightLimitM; }
    String getDevelopmentState() { return developmentState; }
    String getStatus() { return status; }
    BigDecimal getReferencePriceWanYuan() { return referencePriceWanYuan; }
    LocalDate getEarliestSupplyDate() { return earliestSupplyDate; }
    long getVersion() { return version; }
}
