package cn.dongguan.cfk.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of query parameters shared by the searches; each failure is a 400 naming the parameter. */
public final class QueryParams {

    private static final int MAX_LIST = 50;

    private QueryParams() {}

    /**
     * A whole number from {@code min} to {@code max}, or {@code fallback} when absent. Every limit of
     * the API (page size, OGC {@code limit}, the web map's caps) has this one policy: a value outside
     * its range is refused with a 400 naming the parameter, never clamped.
     */
    /** The 400 of a required parameter that is absent, however the endpoint binds it. */
    public static BadRequestException missing(String name) {
        return new BadRequestException(name, "缺少参数 " + name, "Parameter '" + name + "' is required");
    }

    public static int inRange(Integer value, String field, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw outOfRange(field, String.valueOf(value), min, max);
        }
        return value;
    }

    /** Like {@link #inRange(Integer, String, int, int, int)} for the text of a parameter. */
    public static int inRange(String text, String field, int min, int max, int fallback) {
        if (text == null) {
            return fallback;
        }
        if (!text.matches("-?[0-9]{1,10}")) {
            throw outOfRange(field, text, min, max);
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw outOfRange(field, text, min, max);
        }
        return (int) value;
    }

    private static BadRequestException outOfRange(String field, String text, int min, int max) {
        return new BadRequestException(
                field,
                "参数 " + field + " 应为 " + min + " 至 " + max + " 的整数，收到 “" + text + "”",
                "Parameter '" + field + "' must be an integer from " + min + " to " + max + ", got '" + text + "'");
    }

    public static BigDecimal notNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new BadRequestException(
                    field, "参数 " + field + " 不能为负数", "Parameter '" + field + "' must not be negative");
        }
        return value;
    }

    /** Refuses a range whose minimum is above its maximum, naming the minimum's parameter. */
    public static void range(BigDecimal min, String minField, BigDecimal max, String maxField) {
        notNegative(min, minField);
        notNegative(max, maxField);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BadRequestException(
                    minField,
                    "参数 " + minField + "（" + min.toPlainString() + "）大于 " + maxField + "（" + max.toPlainString() + "）",
                    "Parameter '" + minField + "' (" + min.toPlainString() + ") is above '" + maxField + "' ("
                            + max.toPlainString() + ")");
        }
    }

    /** An ISO date such as 2025-06-30, or null when absent. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    field,
                    "参数 " + field + " 的值 “" + text + "” 无效，应为日期，如 2025-06-30",
                    "Parameter '" + field + "' has an invalid value '" + text + "': expected a date like 2025-06-30");
        }
    }

    /**
     * A comma-separated list of codes, upper-cased, each matching {@code pattern}; empty when absent.
     * {@code example} shows the expected form in the message.
     */
    public static List<String> codes(String text, String field, Pattern pattern, String example) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : text.split(",")) {
            String code = part.trim().toUpperCase(Locale.ROOT);
            if (!pattern.matcher(code).matches()) {
                throw new BadRequestException(
                        field,
                        "参数 " + field + " 中的 “" + part.trim() + "” 不是有效的编号，应如 " + example,
                        "Parameter '" + field + "' contains '" + part.trim()
                                + "', which is not a valid code: expected e.g. " + example);
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.size() > MAX_LIST) {
            throw new BadRequestException(
                    field,
                    "参数 " + field + " 最多 " + MAX_LIST + " 个编号",
                    "Parameter '" + field + "' takes at most " + MAX_LIST + " codes");
        }
        return codes;
    }

    /** One of an enum's values, in any case, or null when absent; 400 naming the parameter and the values. */
    public static <E extends Enum<E>> E oneOf(String text, String field, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String list = String.join(
                    ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new BadRequestException(
                    field,
                    "参数 " + field + " 的值 “" + TextLimits.shorten(text) + "” 无效，可选 " + list,
                    "Parameter '" + field + "' has an invalid value '" + TextLimits.shorten(text) + "': use one of "
                            + list);
        }
    }

    /** Like {@link #codes} for a closed set of values. */
    public static List<String> oneOf(String text, String field, List<String> allowed) {
        List<String> values = codes(text, field, Pattern.compile(".+"), allowed.get(0));
        for (String v : values) {
            if (!allowed.contains(v)) {
                String list = String.join(", ", allowed);
                throw new BadRequestException(
                        field,
                        "参数 " + field + " 的值 “" + v + "” 无效，可选 " + list,
                        "Parameter '" + field + "' has an invalid value '" + v + "': use one of " + list);
            }
        }
        return values;
    }

    /**
     * Free-text search terms: split on white space, each a case-insensitive LIKE pattern with its
     * wildcards escaped (escape character {@code \}).
     */
    public static List<String> likeTerms(String text, String field) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > 100) {
            throw new BadRequestException(
                    field, "参数 " + field + " 最长 100 个字符", "Parameter '" + field + "' takes at most 100 characters");
        }
        List<String> terms = Arrays.stream(text.trim().split("\\s+")).distinct().toList();
        if (terms.size() > 5) {
            throw new BadRequestException(
                    field, "参数 " + field + " 最多 5 个词", "Parameter '" + field + "' takes at most 5 words");
        }
        return terms.stream()
                .map(t -> "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
