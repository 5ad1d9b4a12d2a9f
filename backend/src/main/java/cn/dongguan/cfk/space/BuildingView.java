package cn.dongguan.cfk.space;

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

        @JsonRawValue @Schema(type = "object", description = "GeoJSON Polygon, WGS84")
        String geometry,

        List<UnitView> units) {}
