package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.PlaceNames;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A parcel found by the land search: its terms, park and town names, a point for the map. */
record ParcelHit(
        long id,
        String parcelNo,
        @JsonUnwrapped PlaceNames place,
        @JsonUnwrapped ParcelTerms terms,
        long version,

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA, description = "GeoJSON Point on the parcel, WGS84")
        String point) {}
