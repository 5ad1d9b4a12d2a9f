package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.VertexLimit;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.BadRequestException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a cell as its column's type, into the JSON value the API would take (numbers, text, ISO
 * dates, booleans, codes; a WKT geometry as a GeoJSON object). A blank cell is null. A cell that
 * cannot be read is a {@link Refused} with the reason in Chinese and English.
 */
final class CellParser {

    /** Why a cell cannot be read. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String zh;
        final String en;

        Refused(String zh, String en) {
            super(en, null, false, false);
            this.zh = zh;
            this.en = en;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:[-/.月])\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("true", true),
            Map.entry("false", false),
            Map.entry("是", true),
            Map.entry("否", false),
            Map.entry("有", true),
            Map.entry("无", false),
            Map.entry("y", true),
            Map.entry("n", false),
            Map.entry("yes", true),
            Map.entry("no", false),
            Map.entry("1", true),
            Map.entry("0", false));

    private final boolean date1904;
    private final VertexLimit vertexLimit;

    CellParser(boolean date1904, VertexLimit vertexLimit) {
        this.date1904 = date1904;
        this.vertexLimit = vertexLimit;
    }

    JsonNode parse(Column column, Cell cell) throws Refused {
        if (cell.error()) {
            throw new Refused(
                    "单元格为错误值 " + cell.text() + "（公式出错）",
                    "The cell holds the error value " + cell.text() + " (a failing formula)");
        }
        if (cell.formula() && cell.number() == null && cell.text() == null) {
            throw new Refused(
                    "单元格是公式，但文件中没有它的计算结果：请在 Excel 中打开并保存，或填入数值",
                    "The cell is a formula whose result the file does not hold: open and save it in Excel, or enter the value");
        }
        if (cell.blank()) {
            return NODES.nullNode();
        }
        return switch (column.type()) {
            case TEXT -> NODES.stringNode(text(cell));
            case INTEGER -> NODES.numberNode(integer(column, cell));
            case DECIMAL -> NODES.numberNode(decimal(column, cell));
            case DATE -> NODES.stringNode(date(cell).toString());
            case BOOLEAN -> NODES.booleanNode(bool(cell));
            case CODE -> NODES.stringNode(code(column, cell));
            case WKT -> wkt(cell);
            case TIMESTAMP -> NODES.stringNode(text(cell));
        };
    }

    private static String text(Cell cell) {
        return cell.number() != null
                ? Numbers.plain(cell.number()).toPlainString()
                : cell.text().trim();
    }

    private static BigDecimal decimal(Column column, Cell cell) throws Refused {
        if (cell.number() != null) {
            return Numbers.plain(cell.number());
        }
        Optional<BigDecimal> number = Numbers.parse(cell.text(), column.unit());
        if (number.isEmpty()) {
            String unit = column.unit() == null ? "" : "（单位 " + column.unit() + "）";
            String unitEn = column.unit() == null ? "" : " (in " + column.unit() + ")";
            throw new Refused("“" + cell.text() + "” 不是数字" + unit, "'" + cell.text() + "' is not a number" + unitEn);
        }
        return number.get();
    }

    private static BigDecimal integer(Column column, Cell cell) throws Refused {
        BigDecimal number = decimal(column, cell);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new Refused("“" + cell.shown() + "” 不是整数", "'" + cell.shown() + "' is not a whole number");
        }
        if (number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                && !column.name().endsWith("Id")
                && !column.name().equals("id")) {
            throw new Refused("“" + cell.shown() + "” 过大", "'" + cell.shown() + "' is too large");
        }
        return number.setScale(0);
    }

    private LocalDate date(Cell cell) throws Refused {
        if (cell.number() != null) {
            double serial = cell.number();
            if (!DateUtil.isValidExcelDate(serial) || serial < 1 || serial > 2958465) {
                throw new Refused(
                        "“" + cell.shown() + "” 不是日期（Excel 日期序号应在 1 到 2958465 之间）",
                        "'" + cell.shown() + "' is not a date (an Excel date serial is from 1 to 2958465)");
            }
            return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        }
        String s = Numbers.normalized(cell.text());
        Matcher m = DATE.matcher(s);
        Matcher compact = COMPACT_DATE.matcher(s);
        try {
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (compact.matches()) {
                return LocalDate.of(
                        Integer.parseInt(compact.group(1)),
                        Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
        } catch (DateTimeException e) {
            throw new Refused("“" + s + "” 不是有效日期", "'" + s + "' is not a valid date");
        }
        throw new Refused(
                "“" + s + "” 不是日期：请写作 2025-06-30、2025/6/30 或 2025年6月30日",
                "'" + s + "' is not a date: write 2025-06-30, 2025/6/30 or 2025年6月30日");
    }

    private static boolean bool(Cell cell) throws Refused {
        Boolean value = BOOLEANS.get(Numbers.normalized(text(cell)).toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new Refused("“" + cell.shown() + "” 应为 是 或 否", "'" + cell.shown() + "' must be 是 (yes) or 否 (no)");
        }
        return value;
    }

    private static String code(Column column, Cell cell) throws Refused {
        String s = Numbers.normalized(text(cell));
        if (column.synonyms().containsKey(s)) {
            return column.synonyms().get(s);
        }
        if (column.values().equals(java.util.List.of(Catalogue.PARK_CODES))) {
            try {
                return ParkCode.parse(s, column.name());
            } catch (BadRequestException e) {
                throw new Refused(
                        "园区编号 “" + s + "” 格式有误，应为 DG-P01 这样的编号",
                        "Park code '" + s + "' is malformed, expected a code like DG-P01");
            }
        }
        if (column.values().equals(java.util.List.of(Catalogue.INDUSTRY_CODES))
                || column.values().equals(java.util.List.of(Catalogue.TOWN_CODES))) {
            return s.toUpperCase(Locale.ROOT);
        }
        for (String value : column.values()) {
            if (value.equalsIgnoreCase(s)) {
                return value;
            }
        }
        String allowed = String.join("、", column.values());
        throw new Refused(
                "“" + s + "” 无效，应为 " + allowed + " 之一",
                "'" + s + "' is invalid: use one of " + String.join(", ", column.values()));
    }

    /** A WKT geometry (of a sheet's cell or a GIS file's feature) as GeoJSON; one over the vertex limit is refused here, before staging. */
    private JsonNode wkt(Cell cell) throws Refused {
        try {
            Geometry geometry = cell.geometry() != null
                    ? cell.geometry()
                    : new WKTReader().read(cell.text().trim());
            vertexLimit.require(geometry, GisRows.GEOMETRY);
            return JSON.readTree(GeoJsonText.of(geometry));
        } catch (BadRequestException e) {
            throw new Refused(e.messageZh(), e.getMessage());
        } catch (ParseException e) {
            throw new Refused("WKT 无法解析：" + e.getMessage(), "The WKT cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Refused(
                    "WKT 几何无效（如多边形的环没有闭合）：" + e.getMessage(),
                    "The WKT geometry is malformed (e.g. a polygon ring is not closed): " + e.getMessage());
        }
    }
}
