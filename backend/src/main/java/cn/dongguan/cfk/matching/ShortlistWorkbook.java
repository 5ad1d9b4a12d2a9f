package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.CellStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A shortlist as an Excel workbook: a heading with the requirement, then one row per candidate with
 * its key figures, address and park contact (staff only), total and criterion scores, reasons in Chinese
 * and English, and any failed filter.
 */
final class ShortlistWorkbook {

    static final String SHEET = "候选场地 Shortlist";
    /** The column of the grade criterion, only in workbooks whose matches have it (staff's). */
    private static final String GRADE_HEADER = "亩均效益 Grade criterion (staff only)";

    static final List<String> HEADERS = List.of(
            "序号 No.",
            "编号 Id",
            "类型 Kind",
            "镇街 Town",
            "园区 Park",
            "楼栋 / 地块 Building / parcels",
            "楼层 Floors",
            "面积 m² Area",
            "面积 亩 Area (mu)",
            "层高 m Ceiling height (lowest)",
            "荷载 kg/m² Floor load (lowest)",
            "供电 kVA Power (total)",
            "地址 Address",
            "园区联系人 Park contact (staff only)",
            "总分 Score",
            "面积匹配 Area fit",
            "成本 Cost",
            "产业 Industry",
            "区位 Location",
            "就绪 Readiness",
            "数据新鲜度 Freshness",
            GRADE_HEADER,
            "平均租金 元/m²·月 Rent",
            "参考地价 万元 Land price",
            "可用日期 Available from",
            "未通过 Failed filters",
            "理由 Reasons",
            "Reasons (English)");

    private ShortlistWorkbook() {}

    static byte[] write(
            String title,
            List<String> requirement,
            List<MatchResponse.Item> items,
            SiteContacts.Of contacts,
            LocalDate today) {
        boolean grade = items.stream()
                .anyMatch(i -> i.criteria().stream().anyMatch(c -> c.name().equals(Weights.GRADE)));
        List<String> headers =
                HEADERS.stream().filter(h -> grade || !h.equals(GRADE_HEADER)).toList();
        List<String> criteria = grade
                ? Stream.concat(Weights.NAMES.stream(), Stream.of(Weights.GRADE))
                        .toList()
                : Weights.NAMES;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = CellStyles.bold(workbook);
            CellStyle wrap = CellStyles.wrapped(workbook);

            int r = 0;
            text(sheet.createRow(r++), 0, "厂房库 GIS 候选场地清单 · Shortlist — " + title, bold);
            for (String line : requirement) {
                text(sheet.createRow(r++), 0, line, null);
            }
            text(sheet.createRow(r++), 0, "导出日期 Exported " + today + " · 示例数据，非官方数据 Sample data, not official", null);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < headers.size(); c++) {
                text(header, c, headers.get(c), bold);
            }
            int headerRow = r - 1;
            int n = 1;
            for (MatchResponse.Item item : items) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(n++);
                text(row, c++, item.id(), null);
                text(row, c++, item.kind() == Candidate.Kind.UNITS ? "厂房 Floor space" : "土地 Land", null);
                text(row, c++, item.townName(), null);
                text(
                        row,
                        c++,
                        item.parkName() == null
                                ? "园区外 Outside the parks"
                                : item.parkName() + "（" + item.parkCode() + "）",
                        null);
                text(
                        row,
                        c++,
                        item.kind() == Candidate.Kind.UNITS
                                ? item.buildingName() + " #" + item.buildingId()
                                : String.join("、", item.parcelNos()),
                        null);
                text(row, c++, item.facts().space().floors(), null);
                number(row, c++, item.totalAreaM2());
                number(row, c++, item.totalAreaMu());
                number(row, c++, item.facts().space().minCeilingHeightM());
                number(row, c++, item.facts().space().minFloorLoadKgM2());
                number(row, c++, item.facts().space().totalPowerKva());
                text(row, c++, contacts.address(item), null);
                text(row, c++, contacts.contact(item), null);
                row.createCell(c++).setCellValue(item.score());
                // by name, so that each criterion stays in its column
                for (String name : criteria) {
                    Cell cell = row.createCell(c++);
                    item.criteria().stream()
                            .filter(x -> x.name().equals(name))
                            .findFirst()
                            .ifPresent(x -> cell.setCellValue(x.score()));
                }
                number(row, c++, item.facts().space().averageRentYuanM2Month());
                number(row, c++, item.facts().land().referencePriceWanYuan());
                LocalDate available = item.kind() == Candidate.Kind.UNITS
                        ? item.facts().space().availableFrom()
                        : item.facts().land().earliestSupplyDate();
                text(row, c++, available == null || !available.isAfter(today) ? "现在 Now" : available.toString(), null);
                text(
                        row,
                        c++,
                        item.failed() == null || item.failed().isEmpty()
                                ? ""
                                : item.failed().stream()
                                        .map(f -> f.reasonZh() + " / " + f.reasonEn())
                                        .collect(Collectors.joining("\n")),
                        wrap);
                text(
                        row,
                        c++,
                        item.criteria().stream().map(Criterion::reasonZh).collect(Collectors.joining("\n")),
                        wrap);
                text(row, c, item.criteria().stream().map(Criterion::reasonEn).collect(Collectors.joining("\n")), wrap);
            }
            sheet.createFreezePane(3, headerRow + 1);
            if (!items.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, headers.size() - 1));
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, c >= headers.size() - 3 ? 60 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        }
    }
}
