package cn.dongguan.cfk.land;

import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.PlacedFeature;
import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.Units;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

@Entity
@Table(name = "parcel")
class Parcel extends PlacedFeature {

    private String parcelNo;
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
    private BigDecimal minInvestmentWanYuanMu;
    private BigDecimal minTaxWanYuanMu;
    private BigDecimal minOutputWanYuanMu;
    private BigDecimal maxEnergyTceWanYuan;

    protected Parcel() {}

    Parcel(ParcelFields fields, String parkCode, Placed boundary) {
        update(fields, parkCode);
        place(boundary);
    }

    /** Takes checked fields and the park's canonical code. */
    void update(ParcelFields f, String parkCode) {
        this.parcelNo = f.parcelNo();
        setParkCode(parkCode);
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
        this.minInvestmentWanYuanMu = f.minInvestmentWanYuanMu();
        this.minTaxWanYuanMu = f.minTaxWanYuanMu();
        this.minOutputWanYuanMu = f.minOutputWanYuanMu();
        this.maxEnergyTceWanYuan = f.maxEnergyTceWanYuan();
    }

    /** Takes a placed boundary, its town and its area. */
    @Override
    public void place(Placed boundary) {
        super.place(boundary);
        this.areaM2 = BigDecimal.valueOf(boundary.areaM2()).setScale(2, RoundingMode.HALF_UP);
    }

    /** The fields a merge patch starts from. */
    ParcelFields fields() {
        return new ParcelFields(
                parcelNo,
                getParkCode(),
                PlanningUse.valueOf(planningUse),
                plotRatioMin,
                plotRatioMax,
                buildingDensity,
                greenRatio,
                heightLimitM,
                developmentState == null ? null : DevelopmentState.valueOf(developmentState),
                ParcelStatus.valueOf(status),
                referencePriceWanYuan,
                earliestSupplyDate,
                minInvestmentWanYuanMu,
                minTaxWanYuanMu,
                minOutputWanYuanMu,
                maxEnergyTceWanYuan);
    }

    ParcelView view() {
        ParcelTerms terms = new ParcelTerms(
                areaM2,
                Units.m2ToMu(areaM2),
                planningUse,
                plotRatioMin,
                plotRatioMax,
                buildingDensity,
                greenRatio,
                heightLimitM,
                developmentState,
                status,
                referencePriceWanYuan,
                earliestSupplyDate,
                minInvestmentWanYuanMu,
                minTaxWanYuanMu,
                minOutputWanYuanMu,
                maxEnergyTceWanYuan);
        return new ParcelView(
                getId(), parcelNo, getParkCode(), getTownCode(), terms, getVersion(), GeoJson.write(getGeom()));
    }

    String getParcelNo() {
        return parcelNo;
    }
}
