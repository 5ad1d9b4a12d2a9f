package cn.dongguan.cfk.gisdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A JSON object written field by field, in the order written: compact, with numbers in plain
 * notation at a fixed number of decimals, so the same data always gives the same bytes.
 */
final class Json {

    private final StringBuilder sb = new StringBuilder("{");

    Json put(String name, String value) {
        return raw(name, value == null ? "null" : string(value));
    }

    Json put(String name, long value) {
        return raw(name, Long.toString(value));
    }

    Json put(String name, Long value) {
        return raw(name, value == null ? "null" : value.toString());
    }

    Json put(String name, Integer value) {
        return raw(name, value == null ? "null" : value.toString());
    }

    Json put(String name, Double value, int decimals) {
        return raw(name, value == null ? "null" : number(value, decimals));
    }

    Json put(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    Json put(String name, List<String> values) {
        StringBuilder array = new StringBuilder("[");
        for (String v : values) {
            array.append(array.length() > 1 ? "," : "").append(string(v));
        }
        return raw(name, array.append(']').toString());
    }

    /** A field whose value is already JSON. */
    Json raw(String name, String json) {
        if (sb.length() > 1) {
            sb.append(',');
        }
        sb.append(string(name)).append(':').append(json);
        return this;
    }

    @Override
    public String toString() {
        return sb + "}";
    }

    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a JSON number: " + value);
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
