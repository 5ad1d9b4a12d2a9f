package cn.dongguan.cfk.transfer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in spreadsheets: full-width digits (２０００), thousands separators
 * (2,000), and the column's unit after the number (2000㎡, 2000平方米, 25元/m²·月). A spreadsheet's
 * binary number is taken to Excel's 15 significant digits, as Excel shows it.
 */
final class Numbers {

    private static final MathContext EXCEL = new MathContext(15);
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    /** What may follow a number of a unit, besides the unit as written in the header. */
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "m²", List.of("㎡", "m²", "m2", "平方米", "平米", "平方"),
            "元/m²·月",
                    List.of(
                            "元/m²·月", "元/㎡·月", "元/m2·月", "元/m²/月", "元/㎡/月", "元/m2/月", "元/平方米/月", "元/平方米·月", "元/平米/月",
                            "元"),
            "m", List.of("m", "米"),
            "kg/m²", List.of("kg/m²", "kg/㎡", "kg/m2", "公斤/平方米", "千克/平方米", "kg"),
            "kVA", List.of("kva", "千伏安"),
            "吨", List.of("吨", "t"),
            "万元", List.of("万元", "万"),
            "层", List.of("层", "f", "楼"),
            "台", List.of("台", "部"),
            "亩", List.of("亩"));

    private Numbers() {}

    static BigDecimal plain(double number) {
        return new BigDecimal(number).round(EXCEL).stripTrailingZeros();
    }

    /** Full-width forms as their ASCII twins (NFKC), spaces trimmed. */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
    }

    /** The number a text writes, with or without the unit, or empty when it writes none. */
    static Optional<BigDecimal> parse(String text, String unit) {
        String s = normalized(text).replace("，", ",");
        s = stripUnit(s, unit).trim();
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s).stripTrailingZeros());
    }

    private static String stripUnit(String s, String unit) {
        if (unit == null) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        List<String> suffixes = SUFFIXES.getOrDefault(unit, List.of()).stream()
                .map(x -> normalized(x).toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String own = normalized(unit).toLowerCase(Locale.ROOT);
        if (lower.endsWith(own)) {
            return s.substring(0, s.length() - own.length());
        }
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}
