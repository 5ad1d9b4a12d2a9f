package cn.dongguan.cfk.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON write body one by one, so that a wrong type, an unknown field or a value
 * out of range is refused with a 400 naming that field. Readers return null for a field that is
 * absent or JSON null; {@link JsonNode#has} tells the two apart where a merge patch needs it.
 */
public final class JsonFields {

    private JsonFields() {}

    /** 400 naming {@code body} unless the body is a JSON object. */
    public static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("body", "请求内容应为 JSON 对象", "The body must be a JSON object");
        }
        return body;
    }

    /** 400 naming the fields the body has that are not {@code allowed}. */
    public static void requireKnown(JsonNode body, Collection<String> allowed) {
        List<String> unknown = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            List<String> sorted = allowed.stream().sorted().toList();
            throw new BadRequestException(
                    String.join(",", unknown),
                    "未知字段：" + String.join("、", unknown) + "（可用字段：" + String.join("、", sorted) + "）",
                    "Unknown field(s): " + String.join(", ", unknown) + " (allowed: " + String.join(", ", sorted)
                            + ")");
        }
    }

    /** The trimmed text, null when absent, null or blank; 400 when longer than {@code maxLength}. */
    public static String text(JsonNode body, String field, int maxLength) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw wrongType(field, "文本", "a string");
        }
        String text = v.asString().trim();
        if (text.length() > maxLength) {
            throw new BadRequestException(
                    field,
                    "字段 " + field + " 最多 " + maxLength + " 个字符",
                    "Field '" + field + "' has at most " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    public static BigDecimal decimal(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrongType(field, "数字", "a number");
        }
        return v.decimalValue();
    }

    public static Integer integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrongType(field, "整数", "an integer");
        }
        return v.asInt();
    }

    /** A positive id of another record. */
    public static Long id(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() <= 0) {
            throw wrongType(field, "正整数编号", "a positive integer id");
        }
        return v.asLong();
    }

    public static Boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw wrongType(field, "true 或 false", "true or false");
        }
        return v.asBoolean();
    }

    public static LocalDate date(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            if (!v.isString()) {
                throw new DateTimeParseException("not a string", v.toString(), 0);
            }
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw wrongType(field, "日期（如 2026-12-01）", "a date such as 2026-12-01");
        }
    }

    /** 400 naming the field when a required value is missing. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new BadRequestException(field, "缺少必填字段 " + field, "Field '" + field + "' is required");
        }
        return value;
    }

    /** 400 unless null or one of {@code allowed}. */
    public static String oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new BadRequestException(
                    field,
                    "字段 " + field + " 的值 “" + value + "” 无效，应为：" + String.join("、", allowed),
                    "Field '" + field + "' has an invalid value '" + value + "': expected one of "
                            + String.join(", ", allowed));
        }
        return value;
    }

    /** 400 unless null or {@code min ≤ value ≤ max}. */
    public static Integer between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new BadRequestException(
                    field,
                    "字段 " + field + " 应在 " + min + " 到 " + max + " 之间",
                    "Field '" + field + "' must be between " + min + " and " + max);
        }
        return value;
    }

    /** 400 unless null or {@code 0 < value ≤ max}. */
    public static BigDecimal positive(String field, BigDecimal value, String max) {
        if (value != null && (value.signum() <= 0 || value.compareTo(new BigDecimal(max)) > 0)) {
            throw new BadRequestException(
                    field,
                    "字段 " + field + " 应大于 0 且不超过 " + max,
                    "Field '" + field + "' must be above 0 and at most " + max);
        }
        return value;
    }

    /** 400 unless null or {@code 0 ≤ value ≤ max}. */
    public static BigDecimal nonNegative(String field, BigDecimal value, String max) {
        if (value != null && (value.signum() < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
            throw new BadRequestException(
                    field,
                    "字段 " + field + " 应在 0 到 " + max + " 之间",
                    "Field '" + field + "' must be between 0 and " + max);
        }
        return value;
    }

    private static BadRequestException wrongType(String field, String zh, String en) {
        return new BadRequestException(field, "字段 " + field + " 应为" + zh, "Field '" + field + "' must be " + en);
    }
}
