package cn.dongguan.cfk.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what Jackson refuses in a request body into a 400 naming the field: an unknown field, a
 * value of the wrong type, or text that is not JSON at all.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /** The problem for a Jackson failure anywhere in {@code error}'s causes, or for unreadable JSON. */
    public static BadRequestException of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException u) {
                return unknownField(u.getPropertyName(), u.getKnownPropertyIds());
            }
            if (t instanceof MismatchedInputException m && !path(m).isEmpty()) {
                return wrongType(
                        path(m), m.getTargetType(), m instanceof InvalidFormatException f ? f.getValue() : null);
            }
            if (t instanceof JsonNodeException n && !path(n).isEmpty()) {
                return wrongType(path(n), Double.class, null); // a number beyond a double's range
            }
            if (t instanceof StreamReadException s) {
                String at = s instanceof UnexpectedEndOfInputException ? "" : at(s);
                if (!at.isEmpty()) {
                    return new BadRequestException(
                            at,
                            "请求内容在字段 " + at + " 处不是有效的 JSON（NaN、Infinity 等不是 JSON 数字）",
                            "The request body is not valid JSON at field '" + at
                                    + "' (NaN, Infinity and the like are no JSON numbers)");
                }
                break;
            }
        }
        return new BadRequestException("body", "请求内容不是有效的 JSON", "The request body is not valid JSON");
    }

    public static BadRequestException unknownField(String field, Collection<Object> known) {
        String list = known == null
                ? ""
                : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return new BadRequestException(
                field,
                "未知字段 " + field + (list.isEmpty() ? "" : "（可用字段：" + list.replace(", ", "、") + "）"),
                "Unknown field '" + field + "'" + (list.isEmpty() ? "" : " (known: " + list + ")"));
    }

    /**
     * The dotted path of the field whose value is not JSON (such as NaN), or "": a body that ends
     * early is at fault as a whole.
     */
    private static String at(StreamReadException e) {
        JsonParser parser = e.processor();
        if (parser == null || parser.streamReadContext() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>(); // innermost first
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.add(c.currentName());
            } else {
                return "";
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            path.append(part.startsWith("[") || path.isEmpty() ? "" : ".").append(part);
        }
        return TextLimits.shorten(path.toString());
    }

    /** The dotted path of the field at fault: {@code point.lon}, {@code unitIds[2]}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static BadRequestException wrongType(String field, Class<?> type, Object value) {
        String[] expected = expected(type);
        String shown = value == null ? "" : " “" + TextLimits.shorten(String.valueOf(value)) + "”";
        String shownEn = value == null ? "" : " '" + TextLimits.shorten(String.valueOf(value)) + "'";
        return new BadRequestException(
                field,
                "字段 " + field + " 的值" + shown + " 无效，应为" + expected[0],
                "Field '" + field + "' has an invalid value" + shownEn + ": expected " + expected[1]);
    }

    private static String[] expected(Class<?> type) {
        if (type == null) {
            return new String[] {"有效值", "a valid value"};
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return new String[] {"整数", "an integer"};
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return new String[] {"数字", "a number"};
        }
        if (type == Boolean.class || type == boolean.class) {
            return new String[] {" true 或 false", "true or false"};
        }
        if (type == String.class) {
            return new String[] {"文本", "a string"};
        }
        if (type == java.time.LocalDate.class) {
            return new String[] {"日期（如 2026-12-01）", "a date such as 2026-12-01"};
        }
        if (type.isEnum()) {
            String values = java.util.Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new String[] {"以下之一：" + values.replace(", ", "、"), "one of " + values};
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new String[] {"数组", "an array"};
        }
        return new String[] {" JSON 对象", "a JSON object"};
    }
}
