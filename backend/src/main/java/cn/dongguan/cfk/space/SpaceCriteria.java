package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.QueryParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** The filters of the space search (SPEC §5), as the controller checked them; absent ones are null or empty. */
record SpaceCriteria(
        List<String> towns,
        List<String> parks,
        List<String> industries,
        BigDecimal minArea,
        BigDecimal maxArea,
        BigDecimal minCeilingHeight,
        BigDecimal minFloorLoad,
        BigDecimal minPowerKva,
        BigDecimal maxRent,
        Integer fireRank,
        LocalDate availableBy,
        BBox bbox,
        List<String> qTerms,
        Boolean groundFloor) {

    static final Pattern TOWN = Pattern.compile("[A-Z]+");
    static final Pattern PARK = Pattern.compile("DG-P\\d{2}");
    static final Pattern INDUSTRY = Pattern.compile("[A-Z0-9_]+");

    /** The filters as a request sends them, checked by {@link #of}. */
    record Raw(
            String town,
            String park,
            String industry,
            BigDecimal minArea,
            BigDecimal maxArea,
            BigDecimal minCeilingHeight,
            BigDecimal minFloorLoad,
            BigDecimal minPowerKva,
            BigDecimal maxRent,
            String fireClass,
            String availableBy,
            String bbox,
            String q,
            Boolean groundFloor) {}

    /** The checked filters; 400 naming the parameter when one is wrong. */
    static SpaceCriteria of(Raw r) {
        QueryParams.range(r.minArea(), "minArea", r.maxArea(), "maxArea");
        return new SpaceCriteria(
                QueryParams.codes(r.town(), "town", TOWN, "DONGCHENG"),
                QueryParams.codes(r.park(), "park", PARK, "DG-P01"),
                QueryParams.codes(r.industry(), "industry", INDUSTRY, "NEW_ENERGY"),
                r.minArea(),
                r.maxArea(),
                QueryParams.notNegative(r.minCeilingHeight(), "minCeilingHeight"),
                QueryParams.notNegative(r.minFloorLoad(), "minFloorLoad"),
                QueryParams.notNegative(r.minPowerKva(), "minPowerKva"),
                QueryParams.notNegative(r.maxRent(), "maxRent"),
                fireRank(r.fireClass()),
                QueryParams.date(r.availableBy(), "availableBy"),
                r.bbox() == null || r.bbox().isBlank() ? null : BBox.parse(r.bbox(), "bbox"),
                QueryParams.likeTerms(r.q(), "q"),
                r.groundFloor());
    }

    /** The rank of the class (1 for 甲 … 5 for 戊, as {@code fire_hazard_rank} in SQL), or null when absent. */
    static Integer fireRank(String fireClass) {
        if (fireClass == null || fireClass.isBlank()) {
            return null;
        }
        return FireHazardClass.parse(fireClass, "fireClass").rank();
    }
}
