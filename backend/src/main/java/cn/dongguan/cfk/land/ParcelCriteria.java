package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.QueryParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The filters of the land search (SPEC §5), checked; absent ones are null or empty. */
record ParcelCriteria(
        List<String> towns,
        List<String> parks,
        BigDecimal minAreaMu,
        BigDecimal maxAreaMu,
        List<String> planningUses,
        List<String> statuses,
        LocalDate availableBy,
        BBox bbox) {

    static final List<String> PLANNING_USES = List.of("M0", "M1", "M2", "M3", "W");
    static final List<String> STATUSES = List.of("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");

    private static final Pattern TOWN = Pattern.compile("[A-Z]+");
    private static final Pattern PARK = Pattern.compile("DG-P\\d{2}");

    static ParcelCriteria of(
            String town,
            String park,
            BigDecimal minAreaMu,
            BigDecimal maxAreaMu,
            String planningUse,
            String status,
            String availableBy,
            String bbox) {
        QueryParams.range(minAreaMu, "minAreaMu", maxAreaMu, "maxAreaMu");
        return new ParcelCriteria(
                QueryParams.codes(town, "town", TOWN, "DONGCHENG"),
                QueryParams.codes(park, "park", PARK, "DG-P01"),
                minAreaMu,
                maxAreaMu,
                QueryParams.oneOf(planningUse, "planningUse", PLANNING_USES),
                QueryParams.oneOf(status, "status", STATUSES),
                QueryParams.date(availableBy, "availableBy"),
                bbox == null || bbox.isBlank() ? null : BBox.parse(bbox, "bbox"));
    }
}
