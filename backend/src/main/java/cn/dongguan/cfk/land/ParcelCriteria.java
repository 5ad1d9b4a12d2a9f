package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.QueryStrings;
import cn.dongguan.cfk.shared.SearchFilters;
import cn.dongguan.cfk.shared.SqlConditions;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The filters of the land search (SPEC §5), checked; absent ones are null or empty. Public for the
 * features that select parcels the same way as the search (the web map's land layer).
 */
public record ParcelCriteria(
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

    /** The parameters of the search's filters, as /api/parcels takes them. */
    static final List<String> PARAMETERS =
            List.of("town", "park", "minAreaMu", "maxAreaMu", "planningUse", "status", "availableBy", "bbox");

    /**
     * The filters of a query string ({@code park=DG-P03&minAreaMu=20}, URL-encoded as /api/parcels takes
     * it), checked as the search checks them; 400 naming the parameter when one is wrong, unknown or
     * given twice.
     */
    static ParcelCriteria parse(String query) {
        java.util.Map<String, String> p = QueryStrings.parse(query, PARAMETERS);
        return of(
                p.get("town"),
                p.get("park"),
                QueryStrings.decimal(p, "minAreaMu"),
                QueryStrings.decimal(p, "maxAreaMu"),
                p.get("planningUse"),
                p.get("status"),
                p.get("availableBy"),
                p.get("bbox"));
    }

    /**
     * The filters of {@code GET /api/parcels} as given (null for absent), also those of the web map's land
     * layer; the box apart, which the map requires.
     */
    public record Filters(
            @Parameter(description = "town codes, e.g. DONGCHENG")
            String town,

            @Parameter(description = "park codes, e.g. DG-P01")
            String park,

            @Parameter(description = "亩, at least") BigDecimal minAreaMu,
            @Parameter(description = "亩, at most") BigDecimal maxAreaMu,
            @Parameter(description = "M0, M1, M2, M3, W") String planningUse,

            @Parameter(description = "RESERVE, AVAILABLE, SUPPLIED, UNDER_CONSTRUCTION, BUILT")
            String status,

            @Parameter(description = "date (2025-06-30): can be supplied on or before it")
            String availableBy) {

        /** The filters with a box (null for none), or a 400 naming the first bad parameter. */
        public ParcelCriteria criteria(String bbox) {
            return of(town, park, minAreaMu, maxAreaMu, planningUse, status, availableBy, bbox);
        }
    }

    /** The filters, or a 400 naming the first bad parameter. */
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

    /**
     * The filters as conditions on the parcel table aliased {@code t}, with their bound parameters. Areas
     * in 亩 are compared as shown (m2_to_mu, rounded to 0.01 亩), so what a row shows always satisfies the
     * filter; the bbox keeps parcels whose point on the surface lies in the box (edges included).
     */
    public SqlConditions conditions(String t) {
        return filters(t).conditions(this, new SqlConditions());
    }

    /** The values of these filters as a saved search keeps them (the columns of {@link ParcelQueries#changedHits}). */
    SearchFilters.Stored stored() {
        return filters("p").stored(this);
    }

    /**
     * The filters of /api/parcels on the parcel table aliased {@code t}, each declared once: the search
     * binds them, a saved search keeps their values and is checked by the same fragments.
     */
    static SearchFilters<ParcelCriteria> filters(String t) {
        String areaMu = "m2_to_mu(" + t + ".area_m2)";
        return new SearchFilters<ParcelCriteria>()
                .list("towns", "towns", ParcelCriteria::towns, t + ".town_code = ANY ({v})")
                .list("parks", "parks", ParcelCriteria::parks, t + ".park_code = ANY ({v})")
                .value("minAreaMu", "min_area_mu", ParcelCriteria::minAreaMu, areaMu + " >= {v}")
                .value("maxAreaMu", "max_area_mu", ParcelCriteria::maxAreaMu, areaMu + " <= {v}")
                .list("planningUses", "planning_uses", ParcelCriteria::planningUses, t + ".planning_use = ANY ({v})")
                .list("statuses", "statuses", ParcelCriteria::statuses, t + ".status = ANY ({v})")
                // Land is available by a date when it can be supplied by then; supplied or built land never is.
                .value("availableBy", "available_by", ParcelCriteria::availableBy, """
                        (%1$s.status = 'AVAILABLE' AND (%1$s.earliest_supply_date IS NULL OR %1$s.earliest_supply_date <= {v})
                         OR %1$s.status = 'RESERVE' AND %1$s.earliest_supply_date <= {v})""".formatted(t))
                .box(
                        "bbox",
                        ParcelCriteria::bbox,
                        box -> box.overlaps(t + ".geom") + "\n  AND "
                                + box.intersects("ST_PointOnSurface(" + t + ".geom)"));
    }
}
