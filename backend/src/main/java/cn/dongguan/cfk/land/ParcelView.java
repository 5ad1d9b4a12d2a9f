package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Units;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A land parcel as the API shows it (SPEC §5); the area in m² and in 亩. */
record ParcelView(
        long id,
        String parcelNo,
        String parkCode,
        String townCode,
        BigDecimal areaM2,
        BigDecimal areaMu,
        String planningUse,
        BigDecimal plotRatioMin,
        BigDecimal plotRatioMax,
        BigDecimal buildingDensity,
        BigDecimal greenRatio,
        BigDecimal heightLimitM,
        String developmentState,
        String status,
        BigDecimal referencePriceWanYuan,
        LocalDate earliestSupplyDate,
        long version,

        @JsonRawValue @Schema(type = "object", description = "GeoJSON MultiPolygon, WGS84")
        String geometry) {

    static ParcelView of(Parcel p) {
        return new ParcelView(
                p.getId(),
                p.getParcelNo(),
                p.getParkCode(),
                p.getTownCode(),
                p.getAreaM2(),
                Units.m2ToMu(p.getAreaM2()),
                p.getPlanningUse(),
                p.getPlotRatioMin(),
                p.getPlotRatioMax(),
                p.getBuildingDensity(),
                p.getGreenRatio(),
                p.getHeightLimitM(),
                p.getDevelopmentState(),
                p.getStatus(),
                p.getReferencePriceWanYuan(),
                p.getEarliestSupplyDate(),
                p.getVersion(),
                GeoJson.write(p.getGeom()));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("地块 " + id + " 不存在", "Parcel " + id + " does not exist");
    }
}
