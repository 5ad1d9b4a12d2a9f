package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.SortOrder;
import io.swagger.v3.oas.annotations.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public space search ({@code GET /api/spaces}) for other features, such as an export: the same
 * filters, checked by the same criteria, the same order, every hit rather than a page. Hits carry the
 * search's fields (never an occupant), with {@code point} as GeoJSON text.
 */
@Component
public class SpaceListings {

    /** The parameters of {@code GET /api/spaces} (SPEC §5), as given; null for absent. */
    public record Filters(
            @Parameter(description = "town codes, e.g. DONGCHENG")
            String town,

            @Parameter(description = "park codes, e.g. DG-P01")
            String park,

            @Parameter(description = "industry codes: parks whose positioning includes one of them")
            String industry,

            @Parameter(description = "m², vacant area at least")
            BigDecimal minArea,

            @Parameter(description = "m², vacant area at most")
            BigDecimal maxArea,

            @Parameter(description = "m") BigDecimal minCeilingHeight,
            @Parameter(description = "kg/m²") BigDecimal minFloorLoad,
            @Parameter(description = "kVA") BigDecimal minPowerKva,
            @Parameter(description = "元/m²·月") BigDecimal maxRent,

            @Parameter(description = "fire-hazard class of the production (甲 乙 丙 丁 戊): buildings that allow it")
            String fireClass,

            @Parameter(description = "date (2025-06-30): available on or before it")
            String availableBy,

            @Parameter(description = "minLon,minLat,maxLon,maxLat (WGS84)")
            String bbox,

            @Parameter(description = "words in the building's name or address, the park's or the town's name")
            String q,

            @Parameter(description = "true: ground floor only; false: upper floors only")
            Boolean groundFloor,

            @Parameter(
                    description = "include (default) | exclude | only: future supply, the planned units of "
                            + "buildings under construction (在建), listed with their expected completion")
            String futureSupply,

            @Parameter(description = "rent | area | updated, a leading - for descending; default -updated")
            String sort) {}

    private static final RecordComponent[] FIELDS = SpaceHit.class.getRecordComponents();

    private final SpaceSearch search;

    SpaceListings(SpaceSearch search) {
        this.search = search;
    }

    /** 400 naming the parameter when a filter is wrong, before any row is given. */
    @Transactional(readOnly = true)
    public void each(Filters f, Consumer<Map<String, Object>> hit) {
        SpaceCriteria criteria = SpaceCriteria.of(f);
        SortOrder order = SpaceSearch.order(f.sort());
        search.each(criteria, order, h -> hit.accept(fields(h)));
    }

    private static Map<String, Object> fields(SpaceHit hit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent field : FIELDS) {
            try {
                fields.put(field.getName(), field.getAccessor().invoke(hit));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }
}
