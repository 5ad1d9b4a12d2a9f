package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.GeoJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * One park as listed, then its boundary and the rest of its record; the contact only for staff,
 * administrators and its own managers. {@code version} is the park's, which edits name in If-Match.
 */
record ParkDetail(
        @JsonUnwrapped ParkSummary summary,
        BigDecimal areaM2,
        BigDecimal plannedAreaM2,
        String managingBody,
        int buildingCount,
        int unitCount,
        int parcelCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact,

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA, description = "GeoJSON MultiPolygon, WGS84")
        String geometry,

        long version) {

    record Contact(String name, String phone) {}

    /** The park's version with a hash of all shown here: the figures change with other rows. */
    String entityTag() {
        return ETags.ofVersionAndContent(version, toString());
    }
}
