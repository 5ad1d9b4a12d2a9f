package cn.dongguan.cfk.land;

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
import java.math.RoundingMode;
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

    Parcel(ParcelFields fields, String parkCode, Placed boundary) {
        update(fields, parkCode);
        place(boundary);
    }

    /** Takes checked fields and the park's canonical code. */
    void update(ParcelFields f, String parkCode) {
        this.parcelNo = f.parcelNo();
        this.parkCode = parkCode;
        this.planningUse = f.planningUse().name();
        this.plotRatioMin = f.plotRatioMin();
        this.plotRatioMax = f.plotRatioMax();
        this.buildingDensity = f.buildingDensity();
        this.greenRatio = f.greenRatio();
        this.heightLimitM = f.heightLimitM();
        this.developmentState =
                f.developmentState() == null ? null : f.developmentState().name();
        this.status = f.status().name();
        this.referencePriceWanYuan = f.referencePriceWanYuan();
        this.earliestSupplyDate = f.earliestSupplyDate();
    }

    /** Takes a placed boundary, its town and its area. */
    void place(Placed boundary) {
        this.geom = (MultiPolygon) boundary.geometry();
        this.townCode = boundary.townCode();
        this.areaM2 = BigDecimal.valueOf(boundary.areaM2()).setScale(2, RoundingMode.HALF_UP);
    }

    /** As the geometry pipeline sees it when a patch changes it. */
    Existing existing() {
        return new Existing(id, geom, parkCode, version);
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
