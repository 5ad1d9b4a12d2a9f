package cn.dongguan.cfk.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The editable fields of a parcel while a write is checked: empty for a new parcel, a copy of the
 * stored one for a merge patch. Only a checked draft reaches the entity.
 */
final class ParcelDraft {

    String parcelNo;
    String parkCode;
    String planningUse;
    BigDecimal plotRatioMin;
    BigDecimal plotRatioMax;
    BigDecimal buildingDensity;
    BigDecimal greenRatio;
    BigDecimal heightLimitM;
    String developmentState;
    String status;
    BigDecimal referencePriceWanYuan;
    LocalDate earliestSupplyDate;
    MultiPolygon geom;
    BigDecimal areaM2;
    String townCode;

    static ParcelDraft of(Parcel p) {
        ParcelDraft d = new ParcelDraft();
        d.parcelNo = p.getParcelNo();
        d.parkCode = p.getParkCode();
        d.planningUse = p.getPlanningUse();
        d.plotRatioMin = p.getPlotRatioMin();
        d.plotRatioMax = p.getPlotRatioMax();
        d.buildingDensity = p.getBuildingDensity();
        d.greenRatio = p.getGreenRatio();
        d.heightLimitM = p.getHeightLimitM();
        d.developmentState = p.getDevelopmentState();
        d.status = p.getStatus();
        d.referencePriceWanYuan = p.getReferencePriceWanYuan();
        d.earliestSupplyDate = p.getEarliestSupplyDate();
        d.geom = p.getGeom();
        d.areaM2 = p.getAreaM2();
        d.townCode = p.getTownCode();
        return d;
    }
}
