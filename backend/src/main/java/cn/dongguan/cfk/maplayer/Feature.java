package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.GeoJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A GeoJSON Feature; geometry and properties come as JSON text from PostGIS. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Feature(
        String type,

        @Schema(
                oneOf = {String.class, Long.class},
                description = "A number (buildings, parcels) or a code (towns, parks)")
        Object id,

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA) String geometry,

        @JsonRawValue @Schema(ref = GeoJson.PROPERTIES_SCHEMA, description = "The layer's attributes")
        String properties,

        List<Link> links) {

    Feature(Object id, String geometry, String properties) {
        this("Feature", id, geometry, properties, null);
    }

    Feature withLinks(List<Link> newLinks) {
        return new Feature(type, id, geometry, properties, newLinks);
    }
}
