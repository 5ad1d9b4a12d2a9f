package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A building with its units (SPEC §5). */
record BuildingView(
        long id,
        String parkCode,
        String townCode,
        String name,
        String address,
        String type,
        int floors,
        BigDecimal floorAreaM2,
        String structure,
        Integer yearBuilt,
        String landTenure,
        Boolean titleCertificate,
        Integer cargoLiftCount,
        BigDecimal cargoLiftTonnes,
        String fireHazardClass,
        long version,

        @JsonRawValue @Schema(ref = GeoJson.GEOMETRY_SCHEMA, description = "GeoJSON Polygon, WGS84")
        String geometry,

        List<UnitView> units)
        implements Versioned {

    static BuildingView of(
            long id, String townCode, BuildingFields f, long version, String geometry, List<UnitView> units) {
        return new BuildingView(
                id,
                f.parkCode(),
                townCode,
                f.name(),
                f.address(),
                f.type().code(),
                f.floors(),
                f.floorAreaM2(),
                f.structure(),
                f.yearBuilt(),
                f.landTenure(),
                f.titleCertificate(),
                f.cargoLiftCount(),
                f.cargoLiftTonnes(),
                f.fireHazardClass() == null ? null : f.fireHazardClass().code(),
                version,
                geometry,
                units);
    }
}
