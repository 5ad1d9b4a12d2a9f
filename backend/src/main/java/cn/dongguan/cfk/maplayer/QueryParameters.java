package cn.dongguan.cfk.maplayer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** The query parameters of an OGC request, checked against what the resource accepts before any SQL. */
final class QueryParameters {

    static final String F = "f";
    static final List<String> FORMATS = List.of("json");
    static final List<String> ITEM_FORMATS = List.of("json", "geojson");

    private QueryParameters() {}

    /** Refuses unknown and repeated parameters, and formats other than {@code formats}; returns single values. */
    static Map<String, String> check(
            MultiValueMap<String, String> params, Collection<String> allowed, List<String> formats) {
        List<String> names = new ArrayList<>(allowed);
        names.add(F);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            String name = entry.getKey();
            if (name.isEmpty()) {
                continue;
            }
            if (!names.contains(name)) {
                throw MapLayerProblems.unknownParameter(name, names);
            }
            if (entry.getValue().size() > 1) {
                throw MapLayerProblems.repeatedParameter(name);
            }
            values.put(
                    name,
                    entry.getValue().get(0) == null ? "" : entry.getValue().get(0));
        }
        String f = values.get(F);
        if (f != null && !formats.contains(f)) {
            throw MapLayerProblems.badFormat(f, formats);
        }
        return values;
    }
}
