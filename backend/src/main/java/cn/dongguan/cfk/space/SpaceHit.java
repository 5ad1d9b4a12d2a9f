package cn.dongguan.cfk.space;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A vacant unit found by the space search: the unit's fields (SPEC §5 names), its building's and
 * park's names, and a point on the building for the map. Never the occupant.
 */
record SpaceHit(
        long id,
        long buildingId,
        String buildingName,
        String buildingType,
        String address,
        String fireHazardClass,
        String parkCode,
        String parkName,
        String townCode,
        String townName,
        String townNameEn,
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal vacantAreaM2,
        BigDecimal ceilingHeightM,
        BigDecimal floorLoadKgM2,
        BigDecimal powerKva,
        BigDecimal rentYuanM2Month,
        String status,
        LocalDate availableFrom,
        Instant lastConfirmedAt,

        @Schema(description = "not confirmed for 60 days: 待核实")
        boolean stale,

        long version,

        @JsonRawValue @Schema(type = "object", description = "GeoJSON Point on the building, WGS84")
        String point) {}
