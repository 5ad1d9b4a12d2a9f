package cn.dongguan.cfk.shared;

import java.util.List;

/** A sort key chosen from a fixed list, ascending, or descending with a leading {@code -}. */
public record SortOrder(String key, boolean descending) {

    /** The order, or a 400 naming {@code field} when the key is not one of {@code keys}. */
    public static SortOrder parse(String text, List<String> keys, String fallback, String field) {
        String value = text == null || text.isBlank() ? fallback : text.trim();
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        if (!keys.contains(key)) {
            String allowed = String.join(", ", keys);
            throw new BadRequestException(
                    field,
                    "参数 " + field + " 的值 “" + text + "” 无效，可选 " + allowed + "（前加 - 表示降序）",
                    "Parameter '" + field + "' has an invalid value '" + text + "': use one of " + allowed
                            + " (a leading - sorts descending)");
        }
        return new SortOrder(key, descending);
    }

    public String direction() {
        return descending ? "DESC" : "ASC";
    }
}
