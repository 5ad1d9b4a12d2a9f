package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.Texts;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a project needs from a site (SPEC §5 field names): a saved project's requirement, or an
 * unsaved one sent to matching. Null numbers and classes mean "no requirement". The constraints here
 * are checked on reading; the rules across fields and against the database are in
 * {@link RequirementValidator}, which every reader of a requirement goes through.
 *
 * <p>Texts are trimmed (blank is none); town and park codes are upper-cased and kept once each.
 * {@code point} (a location preference) belongs to an unsaved requirement only: projects do not store one.
 *
 * <p>The planned figures (issue 16, 标准地) are what the project commits to: its fixed-asset investment
 * (万元), and at full production its annual tax and output (万元/年) and energy use (吨标煤/年). Matching
 * checks them against a parcel's 标准地 indicators; a figure not given is not checked.
 */
public record SiteRequirement(
        @NotNull(
                message =
                        "缺少必填字段 siteKind（SPACE 厂房、LAND 土地或 EITHER 均可）|Field 'siteKind' is required: SPACE, LAND or EITHER")
        SiteKind siteKind,

        @Positive @Digits(integer = 10, fraction = 2) BigDecimal minAreaM2,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal maxAreaM2,
        @Positive @Digits(integer = 8, fraction = 2) BigDecimal minAreaMu,
        @Positive @Digits(integer = 8, fraction = 2) BigDecimal maxAreaMu,
        @Positive @Digits(integer = 3, fraction = 2) BigDecimal minCeilingHeightM,
        @Positive @Digits(integer = 7, fraction = 1) BigDecimal minFloorLoadKgM2,
        @Positive @Digits(integer = 8, fraction = 1) BigDecimal minPowerKva,
        String fireClass,

        @Min(value = 1, message = POLLUTION_CLASS) @Max(value = 3, message = POLLUTION_CLASS)
        Integer pollutionClass,

        String industryCode,
        @Size(max = MAX_PLACES) List<String> preferredTowns,
        @Size(max = MAX_PLACES) List<String> preferredParks,
        Boolean locationHard,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal maxRentYuanM2Month,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal budgetWanYuan,
        LocalDate neededBy,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal investmentWanYuan,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal plannedTaxWanYuanYear,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal plannedOutputWanYuanYear,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal plannedEnergyTceYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid Point point) {

    /** More preferred towns or parks than this is no preference: Dongguan has fewer of either. */
    static final int MAX_PLACES = 50;

    static final String POLLUTION_CLASS = "字段 pollutionClass 应为 1（轻）、2（中）或 3（重）"
            + "|Field 'pollutionClass' must be 1 (light), 2 (medium) or 3 (heavy)";

    /** A WGS84 position, longitude first as in GeoJSON. */
    public record Point(@NotNull Double lon, @NotNull Double lat) {}

    public SiteRequirement {
        fireClass = Texts.trimmed(fireClass);
        industryCode = Texts.trimmed(industryCode);
        preferredTowns = codes(preferredTowns);
        preferredParks = codes(preferredParks);
        locationHard = Boolean.TRUE.equals(locationHard);
    }

    public boolean hasPlacePreference() {
        return !preferredTowns.isEmpty() || !preferredParks.isEmpty() || point != null;
    }

    /** A hard location limit: within one of the preferred towns or parks (a point alone is a preference). */
    public boolean limitsLocation() {
        return locationHard && (!preferredTowns.isEmpty() || !preferredParks.isEmpty());
    }

    /** Whether a site in {@code townCode} and {@code parkCode} (null outside the parks) keeps the limit. */
    public boolean allowsPlace(String townCode, String parkCode) {
        return !limitsLocation()
                || preferredTowns.contains(townCode)
                || (parkCode != null && preferredParks.contains(parkCode));
    }

    private static List<String> codes(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream()
                .map(Texts::trimmed)
                .filter(java.util.Objects::nonNull)
                .map(c -> c.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
