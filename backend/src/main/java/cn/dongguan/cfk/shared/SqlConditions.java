package cn.dongguan.cfk.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a search, built from constant SQL fragments and named bound parameters: no
 * value the client sent ever becomes SQL text.
 */
public final class SqlConditions {

    private final List<String> fragments = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public SqlConditions always(String fragment) {
        fragments.add(fragment);
        return this;
    }

    /**
     * Adds {@code fragment} with its parameter {@code name} bound to {@code value}, unless the value is
     * absent or an empty list. Lists are bound for {@code IN (:name)}.
     */
    public SqlConditions when(Object value, String fragment, String name) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            fragments.add(fragment);
            params.put(name, value);
        }
        return this;
    }

    public SqlConditions param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Binds each of {@code values} by its name; names no fragment uses are simply not sent. */
    public SqlConditions params(Map<String, ?> values) {
        params.putAll(values);
        return this;
    }

    public String where() {
        return fragments.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", fragments);
    }

    public Map<String, Object> params() {
        return params;
    }
}
