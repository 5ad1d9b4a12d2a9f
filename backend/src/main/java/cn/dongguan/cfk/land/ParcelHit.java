package cn.dongguan.cfk.land;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A parcel found by the land search: its fields (SPEC §5 names), park and town names, a point for the map. */
record ParcelHit(
        long id,
        String parcelNo,
        String parkCode,
        String parkName,
        String townCode,
        String townName,
        String townNameEn,
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

        @JsonRawValue @Schema(type = "object", description = "GeoJSON Point on the parcel, WGS84")
        String point) {}
