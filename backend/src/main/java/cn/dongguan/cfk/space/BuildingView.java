package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.GeoJson;
import cn.dongguan.cfk.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A building with its units (SPEC §5), and whether it is under construction (future supply). */
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

        List<UnitView> units,

        @Schema(description = "在建: under construction by a redevelopment project; its units are future supply")
        boolean underConstruction,

        @Schema(nullable = true, description = "under construction: the expected completion (预计可用)")
        LocalDate expectedCompletion)
        implements Versioned {

    static BuildingView of(
            long id,
            String townCode,
            BuildingFields f,
            long version,
            String geometry,
            List<UnitView> units,
            LocalDate expectedCompletion) {
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
                units,
                expectedCompletion != null,
                expectedCompletion);
    }
}
