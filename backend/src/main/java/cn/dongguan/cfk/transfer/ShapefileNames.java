package cn.dongguan.cfk.transfer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A .dbf field name has at most 10 characters: the JSON names of a layer's columns are cut to 10 (a
 * name already taken ends in a digit instead), the same way for exports and imports, so that a
 * Shapefile export reads back into the same columns.
 */
final class ShapefileNames {

    static final int MAX = 10;

    private ShapefileNames() {}

    /** Each column's JSON name → its field name. */
    static Map<String, String> of(List<Column> columns) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Column c : columns) {
            String name = c.name();
            if (name.length() <= MAX) {
                aliases.put(name, name);
                taken.add(name);
            }
        }
        for (Column c : columns) {
            String name = c.name();
            if (name.length() > MAX) {
                String alias = name.substring(0, MAX);
                for (int i = 1; taken.contains(alias); i++) {
                    alias = name.substring(0, MAX - 1) + i;
                }
                aliases.put(name, alias);
                taken.add(alias);
            }
        }
        return aliases;
    }

    /** A field name of a .dbf → the column's JSON name, when it is one of the layer's aliases. */
    static String name(String field, List<Column> columns) {
        for (Map.Entry<String, String> e : of(columns).entrySet()) {
            if (e.getValue().equalsIgnoreCase(field) && !e.getKey().equals(e.getValue())) {
                return e.getKey();
            }
        }
        return field;
    }
}
