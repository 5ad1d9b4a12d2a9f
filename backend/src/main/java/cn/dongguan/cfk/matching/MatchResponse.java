package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.GeoJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer of a match (SPEC §5): the candidates that pass every hard filter, best first, and the
 * best near misses with the filters they failed. Never any occupant or contact.
 */
record MatchResponse(
        @Schema(description = "The weights used, points of 100")
        Map<String, Double> weights,

        List<Item> items,
        List<Item> nearMisses) {

    /** A candidate site. {@code unitIds} for kind UNITS, {@code parcelIds} for PARCELS. */
    record Item(
            String id,
            Candidate.Kind kind,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> unitIds,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> parcelIds,
            Long buildingId,
            String buildingName,
            List<String> parcelNos,
            String parkCode,
            String parkName,
            String townCode,
            String townName,
            BigDecimal totalAreaM2,
            BigDecimal totalAreaMu,
            double score,
            List<Criterion> criteria,
            Facts facts,
            GeoPoint point,

            @JsonRawValue
            @Schema(
                    ref = GeoJson.GEOMETRY_SCHEMA,
                    description = "GeoJSON, WGS84: the building footprint or the parcels")
            String geometry,

            @JsonInclude(JsonInclude.Include.NON_NULL) List<FailedFilter> failed) {}

    /**
     * Key figures of the site for the list, the brochure and the export: of its units or of its land,
     * the other part's all null (shown, flat). Null: unknown or not applicable.
     */
    record Facts(
            @JsonUnwrapped SpaceFacts space, @JsonUnwrapped LandFacts land) {}

    /** The figures of a set of units. */
    record SpaceFacts(
            String floors,
            Integer unitCount,
            Double wholeFloorShare,
            Boolean adjacentFloors,
            Double minCeilingHeightM,
            Double minFloorLoadKgM2,
            Double totalPowerKva,
            Integer unknownPowerUnits,
            Double averageRentYuanM2Month,
            LocalDate availableFrom,
            Instant oldestConfirmedAt,
            Boolean stale,
            String fireHazardClass,

            @Schema(description = "在建: the building is under construction; its units are future supply")
            Boolean underConstruction,

            @Schema(description = "under construction: the expected completion, from which availableFrom counts")
            LocalDate expectedCompletion) {

        static final SpaceFacts NONE = new SpaceFacts(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The figures of a parcel or a group of parcels. */
    record LandFacts(
            List<String> planningUses,
            Double referencePriceWanYuan,
            LocalDate earliestSupplyDate,
            Boolean reserveLand,
            Boolean rawLand,

            @Schema(
                    description =
                            "标准地 indicators the parcels set but the project gives no planned figures for: not checked")
            List<UncheckedFilter> unchecked) {

        static final LandFacts NONE = new LandFacts(null, null, null, null, null, null);
    }

    /** A hard filter not checked for want of the project's figures (a 标准地 indicator). */
    record UncheckedFilter(String filter, String reasonZh, String reasonEn) {}

    /** A hard filter a near miss failed ({@code unknown}: its data is missing). */
    record FailedFilter(String filter, boolean unknown, String reasonZh, String reasonEn) {}
}
