package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.PlaceNames;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A vacant unit found by the space search: the unit's terms (availableFrom: from when it can be moved
 * into, for future supply no earlier than the expected completion), its building's and park's names,
 * whether the building is under construction, and a point on the building for the map. Never the
 * occupant.
 */
record SpaceHit(
        long id,
        long buildingId,
        String buildingName,
        String buildingType,
        String address,
        String fireHazardClass,
        @JsonUnwrapped PlaceNames place,
        @JsonUnwrapped UnitTerms terms,
        long version,

        @Schema(description = "在建: the building is under construction, its units future supply")
        boolean underConstruction,

        @Schema(
                nullable = true,
                description = "under construction: the expected completion (预计可用), from which availableFrom counts")
        LocalDate expectedCompletion,

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA, description = "GeoJSON Point on the building, WGS84")
        String point) {}
