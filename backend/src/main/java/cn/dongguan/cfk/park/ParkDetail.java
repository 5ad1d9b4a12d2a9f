package cn.dongguan.cfk.park;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** One park with its boundary; the contact only for staff, administrators and its own managers. */
record ParkDetail(
        String code,
        String name,
        List<String> towns,
        String level,
        List<String> industries,
        BigDecimal floorAreaM2,
        BigDecimal vacantAreaM2,
        double vacancyRate,
        BigDecimal availableLandMu,
        BigDecimal areaM2,
        BigDecimal plannedAreaM2,
        String managingBody,
        int buildingCount,
        int unitCount,
        int parcelCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact,

        @JsonRawValue @Schema(type = "object", description = "GeoJSON MultiPolygon, WGS84")
        String geometry) {

    record Contact(String name, String phone) {}
}
