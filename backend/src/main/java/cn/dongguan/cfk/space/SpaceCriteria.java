package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.QueryStrings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        Boolean groundFloor,
        FutureSupply futureSupply) {

    /** Whether the search lists future supply (在建: units of buildings under construction). */
    enum FutureSupply {
        INCLUDE,
        EXCLUDE,
        ONLY
    }

    static final Pattern TOWN = Pattern.compile("[A-Z]+");
    static final Pattern PARK = Pattern.compile("DG-P\\d{2}");
    static final Pattern INDUSTRY = Pattern.compile("[A-Z0-9_]+");

    /** The parameters of a search's filters, as /api/spaces takes them. */
    static final List<String> PARAMETERS = List.of(
            "town",
            "park",
            "industry",
            "minArea",
            "maxArea",
            "minCeilingHeight",
            "minFloorLoad",
            "minPowerKva",
            "maxRent",
            "fireClass",
            "availableBy",
            "bbox",
            "q",
            "groundFloor",
            "futureSupply");

    /**
     * The filters of a query string ({@code town=CHANGAN&minArea=2000}, URL-encoded as /api/spaces
     * takes it), checked as the search checks them; 400 naming the parameter when one is wrong,
     * unknown or given twice.
     */
    static SpaceCriteria parse(String query) {
        Map<String, String> p = QueryStrings.parse(query, PARAMETERS);
        return of(new SpaceListings.Filters(
                p.get("town"),
                p.get("park"),
                p.get("industry"),
                QueryStrings.decimal(p, "minArea"),
                QueryStrings.decimal(p, "maxArea"),
                QueryStrings.decimal(p, "minCeilingHeight"),
                QueryStrings.decimal(p, "minFloorLoad"),
                QueryStrings.decimal(p, "minPowerKva"),
                QueryStrings.decimal(p, "maxRent"),
                p.get("fireClass"),
                p.get("availableBy"),
                p.get("bbox"),
                p.get("q"),
                QueryStrings.bool(p, "groundFloor"),
                p.get("futureSupply"),
                null));
    }

    /** The checked filters (the sort aside); 400 naming the parameter when one is wrong. */
    static SpaceCriteria of(SpaceListings.Filters r) {
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
                r.groundFloor(),
                futureSupply(r.futureSupply()));
    }

    /** Future supply is listed unless the search leaves it out: it is shown with its expected completion. */
    static FutureSupply futureSupply(String text) {
        FutureSupply f = QueryParams.oneOf(text, "futureSupply", FutureSupply.class);
        return f == null ? FutureSupply.INCLUDE : f;
    }

    /** The rank of the class (1 for 甲 … 5 for 戊, as {@code fire_hazard_rank} in SQL), or null when absent. */
    static Integer fireRank(String fireClass) {
        if (fireClass == null || fireClass.isBlank()) {
            return null;
        }
        return FireHazardClass.parse(fireClass, "fireClass").rank();
    }
}
