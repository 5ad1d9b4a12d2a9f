package cn.dongguan.cfk.stats;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the stock is grouped: the groups (code, name, English name) and the key of a ledger row
 * ({@code stock_change c} or a row of {@code stock_as_of}, V160). A building counts under every
 * industry its park is positioned for; buildings outside the parks count in their town, type and the
 * city, not under a park.
 */
enum StockGroup {
    PARK("SELECT code, name, NULL AS name_en, code AS sort FROM park", "c.park_code", ""),
    TOWN("SELECT code, name, name_en, code AS sort FROM town", "c.town_code", ""),
    INDUSTRY(
            "SELECT code, name, name_en, lpad(sort_order::text, 6, '0') AS sort FROM industry",
            "pi.industry_code",
            "JOIN park_industry pi ON pi.park_code = c.park_code"),
    TYPE("""
            SELECT code, code AS name, name_en, sort FROM (VALUES ('标准厂房', 'standard factory', '1'),
                ('独立厂房', 'detached factory', '2'), ('多层厂房', 'multi-storey factory', '3'),
                ('研发楼', 'R&D building', '4'), ('仓库', 'warehouse', '5')) AS t (code, name_en, sort)""", "c.building_type", ""),
    CITY("SELECT 'DG' AS code, '东莞市' AS name, 'Dongguan' AS name_en, '' AS sort", "'DG'", "");

    private final String groups;
    private final String key;
    private final String join;

    StockGroup(String groups, String key, String join) {
        this.groups = groups;
        this.key = key;
        this.join = join;
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The groups as a table (code, name, name_en, sort). */
    String groups() {
        return groups;
    }

    /** The ledger row's group code. */
    String key() {
        return key;
    }

    /** What the key needs joined to the ledger row {@code c}. */
    String join() {
        return join;
    }

    static StockGroup parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(g -> g.name().equals(v))
                .findFirst()
                .orElseThrow(() -> {
                    String all = Arrays.stream(values()).map(StockGroup::value).collect(Collectors.joining(", "));
                    return new BadRequestException(
                            "groupBy",
                            "参数 groupBy 的值 “" + value + "” 无效，可选 " + all.replace(", ", "、"),
                            "Parameter 'groupBy' has an invalid value '" + value + "': use " + all);
                });
    }
}
