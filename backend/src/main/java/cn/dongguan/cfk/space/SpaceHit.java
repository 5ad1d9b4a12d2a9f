package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.PlaceNames;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A vacant unit found by the space search: the unit's terms, its building's and park's names, and a
 * point on the building for the map. Never the occupant.
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

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA, description = "GeoJSON Point on the building, WGS84")
        String point) {}
