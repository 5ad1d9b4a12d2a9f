package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.SortOrder;
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
            Boolean groundFloor,
            String futureSupply,
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
