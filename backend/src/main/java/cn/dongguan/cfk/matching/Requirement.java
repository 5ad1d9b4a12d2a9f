package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a project needs from a site (SPEC §5 field names). Null numbers and classes mean "no
 * requirement"; the area range of each wanted kind of site is always present.
 */
record Requirement(
        SiteKind siteKind,
        BigDecimal minAreaM2,
        BigDecimal maxAreaM2,
        BigDecimal minAreaMu,
        BigDecimal maxAreaMu,
        Double minCeilingHeightM,
        Double minFloorLoadKgM2,
        Double minPowerKva,
        String fireClass,
        Integer pollutionClass,
        String industryCode,
        List<String> preferredTowns,
        List<String> preferredParks,
        boolean locationHard,
        Double maxRentYuanM2Month,
        Double budgetWanYuan,
        LocalDate neededBy,
        GeoPoint point) {

    Requirement {
        preferredTowns = preferredTowns == null ? List.of() : List.copyOf(preferredTowns);
        preferredParks = preferredParks == null ? List.of() : List.copyOf(preferredParks);
    }

    boolean hasPlacePreference() {
        return !preferredTowns.isEmpty() || !preferredParks.isEmpty() || point != null;
    }

    /** Hard location limit: within one of the preferred towns or parks (a point alone is a preference). */
    boolean limitsLocation() {
        return locationHard && (!preferredTowns.isEmpty() || !preferredParks.isEmpty());
    }

    boolean allowsPlace(String townCode, String parkCode) {
        return !limitsLocation()
                || preferredTowns.contains(townCode)
                || (parkCode != null && preferredParks.contains(parkCode));
    }
}
