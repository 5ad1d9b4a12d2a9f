package cn.dongguan.cfk.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a layer each header of a file names: its JSON name ({@code rentYuanM2Month}), its
 * label with or without the unit ({@code 租金}, {@code 租金（元/m²·月）}), or both as templates and
 * exports write them; a header ending in a JSON name is that column whatever its label says. Unknown
 * and repeated headers refuse the file, naming them, and so does a file without the columns that
 * identify its rows.
 */
final class HeaderMap {

    private final List<Column> byPosition;

    private HeaderMap(List<Column> byPosition) {
        this.byPosition = byPosition;
    }

    /** The column at a position of the file, null for one without a header. */
    Column at(int index) {
        return index < byPosition.size() ? byPosition.get(index) : null;
    }

    int width() {
        return byPosition.size();
    }

    boolean has(String name) {
        return byPosition.stream().anyMatch(c -> c != null && c.name().equals(name));
    }

    List<String> names() {
        return byPosition.stream().filter(c -> c != null).map(Column::name).toList();
    }

    /**
     * The file's headers against a layer's columns; {@code identities} lists the sets of columns of
     * which the file must have one whole set.
     */
    static HeaderMap of(SourceRow header, List<Column> columns, List<List<String>> identities) {
        Map<String, Column> forms = new HashMap<>();
        for (Column c : columns) {
            for (String form : List.of(
                    c.name(),
                    c.labelZh(),
                    c.header(),
                    c.labelZh() + c.name(),
                    c.labelEn(),
                    c.unit() == null ? c.labelZh() : c.labelZh() + "（" + c.unit() + "）")) {
                forms.putIfAbsent(key(form), c);
            }
        }
        List<Column> byPosition = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Cell cell : header.cells()) {
            String text = cell.shown().trim();
            if (text.isEmpty()) {
                byPosition.add(null);
                continue;
            }
            Column column = byName(text, columns);
            if (column == null) {
                column = forms.get(key(text));
            }
            if (column == null) {
                unknown.add(text);
            } else if (!seen.add(column.name())) {
                repeated.add(text);
            }
            byPosition.add(column);
        }
        List<RowError> errors = new ArrayList<>();
        if (!unknown.isEmpty()) {
            errors.add(RowError.file(
                    "未知的列：" + String.join("、", unknown) + "。可用的列见模板（列名写中文名称或英文字段名均可）",
                    "Unknown columns: " + String.join(", ", unknown)
                            + ". The template lists the columns (a header may be the label or the JSON name)"));
        }
        if (!repeated.isEmpty()) {
            errors.add(RowError.file(
                    "列重复：" + String.join("、", repeated), "Repeated columns: " + String.join(", ", repeated)));
        }
        if (identities.stream().noneMatch(seen::containsAll)) {
            List<String> options =
                    identities.stream().map(set -> String.join(" + ", set)).toList();
            errors.add(RowError.file(
                    "缺少识别记录的列：需要 " + String.join("，或 ", options),
                    "Missing the columns that identify a row: the file needs " + String.join(", or ", options)));
        }
        if (!errors.isEmpty()) {
            throw new FileRejected(errors);
        }
        return new HeaderMap(byPosition);
    }

    private static Column byName(String text, List<Column> columns) {
        String[] words = text.split("\\s+");
        String last = words[words.length - 1];
        return columns.stream()
                .filter(c -> c.name().equalsIgnoreCase(last))
                .findFirst()
                .orElse(null);
    }

    private static String key(String text) {
        return Numbers.normalized(text).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
