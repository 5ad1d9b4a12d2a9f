package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.BadRequestException;
import java.util.List;
import java.util.Locale;

/**
 * A property that OGC API – Features clients may filter items by ({@code ?status=AVAILABLE}): equality
 * on the catalogue's column, with the value checked (and brought to its canonical form) before any SQL.
 *
 * @param values the allowed values, or empty for any
 */
record Queryable(String name, String column, Kind kind, List<String> values) {

    enum Kind {
        TEXT,
        UPPER_CODE,
        PARK_CODE
    }

    static Queryable text(String name, String column, String... values) {
        return new Queryable(name, column, Kind.TEXT, List.of(values));
    }

    static Queryable code(String name, String column) {
        return new Queryable(name, column, Kind.UPPER_CODE, List.of());
    }

    static Queryable parkCode(String name, String column) {
        return new Queryable(name, column, Kind.PARK_CODE, List.of());
    }

    /** The value to compare with, or a 400 naming this property. */
    String canonical(String value) {
        String v = switch (kind) {
            case TEXT -> value.trim();
            case UPPER_CODE -> value.trim().toUpperCase(Locale.ROOT);
            case PARK_CODE -> parkCode(value);
        };
        if (v.isEmpty() || (!values.isEmpty() && !values.contains(v))) {
            throw MapLayerProblems.badQueryableValue(this, value);
        }
        return v;
    }

    private String parkCode(String value) {
        try {
            return ParkCode.parse(value, name);
        } catch (BadRequestException e) {
            throw MapLayerProblems.badQueryableValue(this, value);
        }
    }
}
