package cn.dongguan.cfk.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search's filters, each declared once (its parameter, the column a standing search keeps its value
 * in, and its SQL condition with {@code {v}} where the value goes) and read three ways:
 *
 * <ul>
 *   <li>{@link #conditions}: the search's own conditions, the client's values bound as {@code :name};
 *   <li>{@link #stored}: the values as a standing search keeps them, one typed column each;
 *   <li>{@link #standing}: the conditions on every stored standing search at once (issue 14: one
 *       statement per change, not one per saved search), the value read from the column, a filter whose
 *       column is null not applying, as the search leaves out an absent parameter.
 * </ul>
 *
 * So a saved search and the search page cannot disagree: both are the same fragments. A list's
 * {@code {v}} is an array ({@code ARRAY[:name]} bound, a {@code text[]} column stored); a box's
 * condition is given by {@link BBox.Sql}, bound or stored in four columns ({@code <column>_min_lon} …).
 */
public final class SearchFilters<C> {

    private enum Kind {
        VALUE,
        LIST,
        BOX
    }

    private record Filter<C>(
            String name,
            String column,
            Kind kind,
            Function<C, ?> value,
            Function<String, String> condition,
            Function<BBox.Sql, String> boxCondition) {

        String sql(String v) {
            return condition.apply(v);
        }
    }

    /** The stored form of one search's criteria: its columns and their values as bound parameters. */
    public record Stored(List<String> columns, List<String> values, Map<String, Object> params) {

        /** {@code INSERT INTO table (key, columns…) VALUES (:key, values…)}; bind {@code :key} beside {@link #params}. */
        public String insert(String table, String key) {
            StringBuilder sql =
                    new StringBuilder("INSERT INTO ").append(table).append(" (").append(key);
            columns.forEach(c -> sql.append(", ").append(c));
            sql.append(") VALUES (:").append(key);
            values.forEach(v -> sql.append(", ").append(v));
            return sql.append(')').toString();
        }
    }

    private static final String[] BOX_COLUMNS = {"min_lon", "min_lat", "max_lon", "max_lat"};
    private static final String[] BOX_PARAMS = {"minLon", "minLat", "maxLon", "maxLat"};

    private final List<Filter<C>> filters = new ArrayList<>();

    /** A filter on one value: {@code condition} has {@code {v}} where the value goes. */
    public SearchFilters<C> value(String name, String column, Function<C, ?> value, String condition) {
        filters.add(new Filter<>(name, column, Kind.VALUE, value, v -> condition.replace("{v}", v), null));
        return this;
    }

    /** A filter on a list of texts (absent when empty): {@code {v}} is an array, e.g. {@code x = ANY ({v})}. */
    public SearchFilters<C> list(String name, String column, Function<C, List<String>> value, String condition) {
        filters.add(new Filter<>(name, column, Kind.LIST, value, v -> condition.replace("{v}", v), null));
        return this;
    }

    /** A filter on a box, stored in four columns named after {@code column}. */
    public SearchFilters<C> box(String column, Function<C, BBox> value, Function<BBox.Sql, String> condition) {
        filters.add(new Filter<>(column, column, Kind.BOX, value, null, condition));
        return this;
    }

    /** The search's conditions for {@code criteria}: the present filters, their values bound. */
    public SqlConditions conditions(C criteria, SqlConditions where) {
        for (Filter<C> f : filters) {
            Object value = f.value().apply(criteria);
            switch (f.kind()) {
                case VALUE -> where.when(value, f.sql(":" + f.name()), f.name());
                case LIST -> where.when(value, f.sql("ARRAY[:" + f.name() + "]"), f.name());
                case BOX -> {
                    if (value instanceof BBox box) {
                        where.always(f.boxCondition().apply(box.sql())).params(box.sqlParams());
                    }
                }
            }
        }
        return where;
    }

    /** The values of {@code criteria} as a standing search stores them; absent filters stay null. */
    public Stored stored(C criteria) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (Filter<C> f : filters) {
            Object value = f.value().apply(criteria);
            if (value == null || value instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            if (f.kind() == Kind.BOX) {
                Map<String, Object> box = ((BBox) value).sqlParams();
                for (int i = 0; i < BOX_COLUMNS.length; i++) {
                    columns.add(f.column() + "_" + BOX_COLUMNS[i]);
                    values.add(":" + BOX_PARAMS[i]);
                    params.put(BOX_PARAMS[i], box.get(BOX_PARAMS[i]));
                }
                continue;
            }
            columns.add(f.column());
            values.add(f.kind() == Kind.LIST ? "ARRAY[:" + f.name() + "]" : ":" + f.name());
            params.put(f.name(), value);
        }
        return new Stored(columns, values, params);
    }

    /**
     * The standing searches whose hits a change alters, in one statement over all of them: the row
     * before and after (rows of {@code rowType} as JSON, null for none), aliased {@code row} and joined
     * to {@code joins}, against every row of {@code searches}, a FROM item that yields the stored values
     * as {@code q} and the search's key as {@code q.id}; {@code where} holds the conditions
     * ({@link #standing}) and all parameters. Each search the row entered or left, and whether it is a
     * hit now.
     */
    public static List<HitChange> changedHits(
            JdbcClient jdbc,
            String rowType,
            String row,
            String joins,
            String searches,
            SqlConditions where,
            String before,
            String after) {
        return jdbc.sql("""
                        WITH changed AS (
                            SELECT x.is_after, r.*
                            FROM (VALUES (false, CAST(:before AS jsonb)), (true, CAST(:after AS jsonb))) x (is_after, doc)
                            CROSS JOIN LATERAL jsonb_populate_record(NULL::%1$s, x.doc) r
                            WHERE x.doc IS NOT NULL
                        )
                        SELECT q.id, bool_or(%2$s.is_after) AS fits
                        FROM changed %2$s
                        %3$s
                        CROSS JOIN (%4$s)
                        %5$s
                        GROUP BY q.id
                        HAVING count(*) = 1
                        ORDER BY q.id""".formatted(rowType, row, joins, searches, where.where()))
                .params(where.params())
                .param("before", before)
                .param("after", after)
                .query((rs, i) -> new HitChange(rs.getLong("id"), rs.getBoolean("fits")))
                .list();
    }

    /**
     * The conditions on standing searches whose stored values are the columns of {@code q}: each filter
     * holds or its column is null.
     */
    public SqlConditions standing(String q, SqlConditions where) {
        for (Filter<C> f : filters) {
            if (f.kind() == Kind.BOX) {
                String[] c = new String[BOX_COLUMNS.length];
                for (int i = 0; i < c.length; i++) {
                    c[i] = q + "." + f.column() + "_" + BOX_COLUMNS[i];
                }
                where.always("(" + c[0] + " IS NULL OR " + f.boxCondition().apply(BBox.stored(c[0], c[1], c[2], c[3]))
                        + ")");
            } else {
                String column = q + "." + f.column();
                where.always("(" + column + " IS NULL OR " + f.sql(column) + ")");
            }
        }
        return where;
    }
}
