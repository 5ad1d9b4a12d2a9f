package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.QueryParams;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of {@code /collections/{id}/items}: {@code bbox}, {@code limit}, {@code offset},
 * {@code datetime} and equality filters on the collection's queryables. Anything else is refused.
 *
 * <p>{@code datetime} is accepted and checked (Core requires the parameter) but selects nothing: the
 * collections hold today's state, without a time dimension.
 */
record ItemsQuery(BBox bbox, int limit, int offset, Map<Queryable, String> filters) {

    static final String BBOX = "bbox";
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";
    static final String DATETIME = "datetime";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    static List<String> parameters(Layer layer) {
        List<String> names = new ArrayList<>(List.of(BBOX, LIMIT, OFFSET, DATETIME));
        layer.features().queryables().forEach(q -> names.add(q.name()));
        return names;
    }

    /** A {@code limit} above the maximum is refused like any bad value (400), not served as the maximum. */
    static ItemsQuery parse(Layer layer, MultiValueMap<String, String> params, MapLayerProperties.Items items) {
        Map<String, String> values = QueryParameters.check(params, parameters(layer), QueryParameters.ITEM_FORMATS);
        BBox bbox = values.containsKey(BBOX) ? BBox.parseAllowingHeights(values.get(BBOX), BBOX) : null;
        int limit = QueryParams.inRange(values.get(LIMIT), LIMIT, 1, items.maxLimit(), items.defaultLimit());
        int offset = 0;
        if (values.containsKey(OFFSET)) {
            String text = values.get(OFFSET);
            if (!DIGITS.matcher(text).matches()) {
                throw MapLayerProblems.badOffset(text);
            }
            offset = Integer.parseInt(text);
        }
        if (values.containsKey(DATETIME)) {
            checkDatetime(values.get(DATETIME));
        }
        Map<Queryable, String> filters = new LinkedHashMap<>();
        for (Queryable q : layer.features().queryables()) {
            if (values.containsKey(q.name())) {
                filters.put(q, q.canonical(values.get(q.name())));
            }
        }
        return new ItemsQuery(bbox, limit, offset, filters);
    }

    private static void checkDatetime(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length > 2
                || (ends.length == 1 && !isInstant(ends[0]))
                || (ends.length == 2
                        && (!isOpenOrInstant(ends[0])
                                || !isOpenOrInstant(ends[1])
                                || (isOpen(ends[0]) && isOpen(ends[1]))))) {
            throw MapLayerProblems.badDatetime(text);
        }
    }

    private static boolean isOpenOrInstant(String text) {
        return isOpen(text) || isInstant(text);
    }

    private static boolean isOpen(String text) {
        return text.isEmpty() || text.equals("..");
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
