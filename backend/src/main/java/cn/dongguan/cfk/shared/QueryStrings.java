package cn.dongguan.cfk.shared;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A search's query string as text ({@code town=CHANGAN&minArea=2000}), read into its parameters the
 * way a request's would be (saved searches, issue 14); 400 naming the parameter when one is unknown,
 * given twice, or not the number or truth value it should be.
 */
public final class QueryStrings {

    private QueryStrings() {}

    /** The parameters by name; only those in {@code allowed}. A leading {@code ?} is ignored. */
    public static Map<String, String> parse(String query, List<String> allowed) {
        Map<String, String> params = new LinkedHashMap<>();
        String text = query == null ? "" : query.strip();
        if (text.startsWith("?")) {
            text = text.substring(1);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (!allowed.contains(name)) {
                throw new BadRequestException(
                        name,
                        "参数 " + name + "：不是此检索的条件（可用：" + String.join("、", allowed) + "）",
                        "Parameter '" + name + "' is not a filter of this search (known: " + String.join(", ", allowed)
                                + ")");
            }
            if (params.put(name, value) != null) {
                throw new BadRequestException(
                        name, "参数 " + name + "：只能出现一次", "Parameter '" + name + "' is given more than once");
            }
        }
        return params;
    }

    /** The parameter as a number, null when absent or blank. */
    public static BigDecimal decimal(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(v.strip());
            if (number.precision() - number.scale() > 15 || number.scale() > 10) {
                throw new BadRequestException(
                        name,
                        "参数 " + name + "：“" + v + "” 超出可用范围",
                        "Parameter '" + name + "': '" + v + "' is out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException(
                    name, "参数 " + name + "：“" + v + "” 不是数字", "Parameter '" + name + "': '" + v + "' is not a number");
        }
    }

    /** The parameter as true or false, null when absent or blank. */
    public static Boolean bool(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        // the words Spring binds a request's Boolean from
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default ->
                throw new BadRequestException(
                        name, "参数 " + name + "：应为 true 或 false", "Parameter '" + name + "' must be true or false");
        };
    }

    private static String decode(String text, String field) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    field, "参数 " + field + "：编码有误", "Parameter '" + field + "' is not correctly URL-encoded");
        }
    }
}
