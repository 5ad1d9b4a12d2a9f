package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A land parcel as the API shows it (SPEC §5): its terms and its boundary. */
record ParcelView(
        long id,
        String parcelNo,
        String parkCode,
        String townCode,
        @JsonUnwrapped ParcelTerms terms,
        long version,

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA, description = "GeoJSON MultiPolygon, WGS84")
        String geometry)
        implements Versioned {

    static NotFoundException notFound(long id) {
        return new NotFoundException("地块 " + id + " 不存在", "Parcel " + id + " does not exist");
    }
}
