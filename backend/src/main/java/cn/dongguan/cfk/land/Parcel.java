package cn.dongguan.cfk.land;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.locationtech.jts.geom.MultiPolygon;

@Entity
@Table(name = "parcel")
class Parcel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parcel_no")
    private String parcelNo;

    @Column(name = "park_code")
    private String parkCode;

    @Column(name = "town_code")
    private String townCode;

    @Column(name = "geom", columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon geom;

    @Column(name = "area_m2")
    private BigDecimal areaM2;

    @Column(name = "planning_use")
    private String planningUse;

    @Column(name = "plot_ratio_min")
    private BigDecimal plotRatioMin;

    @Column(name = "plot_ratio_max")
    private BigDecimal plotRatioMax;

    @Column(name = "building_density")
    private BigDecimal buildingDensity;

    @Column(name = "green_ratio")
    private BigDecimal greenRatio;

    @Column(name = "height_limit_m")
    private BigDecimal heightLimitM;

    @Column(name = "development_state")
    private String developmentState;

    @Column(name = "status")
    private String status;

    @Column(name = "reference_price_wan_yuan")
    private BigDecimal referencePriceWanYuan;

    @Column(name = "earliest_supply_date")
    private LocalDate earliestSupplyDate;

    @Version
    private long version;

    protected Parcel() {}

    Parcel(ParcelDraft d) {
        update(d);
    }

    /** Takes the fields of a checked draft. */
    void update(ParcelDraft d) {
        this.parcelNo = d.parcelNo;
        this.parkCode = d.parkCode;
        this.townCode = d.townCode;
        this.geom = d.geom;
        this.areaM2 = d.areaM2;
        this.planningUse = d.planningUse;
        this.plotRatioMin = d.plotRatioMin;
        this.plotRatioMax = d.plotRatioMax;
        this.buildingDensity = d.buildingDensity;
        this.greenRatio = d.greenRatio;
        this.heightLimitM = d.heightLimitM;
        this.developmentState = d.developmentState;
        this.status = d.status;
        this.referencePriceWanYuan = d.referencePriceWanYuan;
        this.earliestSupplyDate = d.earliestSupplyDate;
    }

    Long getId() {
        return id;
    }

    String getParcelNo() {
        return parcelNo;
    }

    String getParkCode() {
        return parkCode;
    }

    String getTownCode() {
        return townCode;
    }

    MultiPolygon getGeom() {
        return geom;
    }

    BigDecimal getAreaM2() {
        return areaM2;
    }

    String getPlanningUse() {
        return planningUse;
    }

    BigDecimal getPlotRatioMin() {
        return plotRatioMin;
    }

    BigDecimal getPlotRatioMax() {
        return plotRatioMax;
    }

    BigDecimal getBuildingDensity() {
        return buildingDensity;
    }

    BigDecimal getGreenRatio() {
        return greenRatio;
    }

    BigDecimal getHeightLimitM() {
        return heightLimitM;
    }

    String getDevelopmentState() {
        return developmentState;
    }

    String getStatus() {
        return status;
    }

    BigDecimal getReferencePriceWanYuan() {
        return referencePriceWanYuan;
    }

    LocalDate getEarliestSupplyDate() {
        return earliestSupplyDate;
    }

    long getVersion() {
        return version;
    }
}
