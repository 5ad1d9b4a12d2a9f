package cn.dongguan.cfk.stats;

import cn.dongguan.cfk.shared.CellStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quarterly bulletin (季度报告) as an Excel workbook: the city's figures at the quarter's end with
 * their change on the quarter before, the towns and parks, the quarter's largest changes, and how
 * fresh the data is. Each series holds two points: the quarter before and the quarter.
 */
final class BulletinWorkbook {

    static final List<String> HEADERS = List.of(
            "代码 Code",
            "名称 Name",
            "存量 m² Stock",
            "新增供应 m² New supply",
            "空置面积 m² Vacant",
            "空置率 Vacancy rate",
            "空置率变化 pp Change",
            "去化 m² Take-up",
            "释放 m² Released",
            "净吸纳 m² Net absorption",
            "平均租金 元/m²·月 Asking rent",
            "房源 Listings");

    /** A row of the summary: the city's figure at the quarter's end, the quarter before, the change. */
    private record Kpi(String name, Function<TrendPoint, BigDecimal> figure) {}

    private static final List<Kpi> KPIS = List.of(
            new Kpi("存量 m² Stock", TrendPoint::floorAreaM2),
            new Kpi("新增供应 m² New supply", TrendPoint::newSupplyM2),
            new Kpi("空置面积 m² Vacant area", TrendPoint::vacantAreaM2),
            new Kpi("空置率 Vacancy rate", p -> BigDecimal.valueOf(p.vacancyRate())),
            new Kpi("去化 m² Take-up", TrendPoint::takeUpM2),
            new Kpi("释放 m² Released", TrendPoint::releasedM2),
            new Kpi("净吸纳 m² Net absorption", TrendPoint::netAbsorptionM2),
            new Kpi("平均租金 元/m²·月 Asking rent", TrendPoint::avgAskingRentYuanM2Month),
            new Kpi("房源 Listings", p -> BigDecimal.valueOf(p.listings())));

    private BulletinWorkbook() {}

    record Content(
            String quarter,
            LocalDate asOf,
            LocalDate latestChange,
            StockTrend.Series city,
            List<StockTrend.Series> towns,
            List<StockTrend.Series> parks) {}

    static byte[] write(Content c) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = CellStyles.bold(workbook);
            Sheet summary = workbook.createSheet("概要 Summary");
            summary.createRow(0)
                    .createCell(0)
                    .setCellValue("厂房库 GIS 季度报告 " + c.quarter() + " · Quarterly bulletin — 示例数据，非官方数据 Sample data,"
                            + " not official");
            line(summary, 1, "数据截至 Figures as of", c.asOf().toString());
            line(
                    summary,
                    2,
                    "最近一次存量变化 Latest change recorded",
                    c.latestChange() == null ? "—" : c.latestChange().toString());
            line(summary, 3, "口径 Definitions", "docs/statistics.md");
            TrendPoint now = last(c.city());
            TrendPoint before = c.city().points().get(0);
            CellStyles.headerRow(summary, 5, List.of("指标 Figure", c.quarter(), before.period(), "变化 Change"), bold);
            int r = 6;
            for (Kpi kpi : KPIS) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(kpi.name());
                BigDecimal value = kpi.figure().apply(now);
                BigDecimal was = kpi.figure().apply(before);
                number(row, 1, value);
                number(row, 2, was);
                number(row, 3, value == null || was == null ? null : value.subtract(was));
            }
            table(workbook.createSheet("镇街 Towns"), bold, c.towns());
            table(workbook.createSheet("园区 Parks"), bold, c.parks());
            Sheet largest = workbook.createSheet("最大变化 Largest changes");
            largest.createRow(0)
                    .createCell(0)
                    .setCellValue(
                            "本季度净吸纳绝对值最大的镇街与园区 The towns and parks whose net" + " absorption moved most this quarter");
            List<StockTrend.Series> all = new java.util.ArrayList<>(c.towns());
            all.addAll(c.parks());
            all.sort(Comparator.comparing(
                            (StockTrend.Series s) -> last(s).netAbsorptionM2().abs())
                    .reversed());
            table(largest, bold, all.subList(0, Math.min(10, all.size())), 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrendPoint last(StockTrend.Series s) {
        return s.points().get(s.points().size() - 1);
    }

    private static void line(Sheet sheet, int r, String name, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(value);
    }

    private static void table(Sheet sheet, CellStyle bold, List<StockTrend.Series> series) {
        table(sheet, bold, series, 0);
    }

    private static void table(Sheet sheet, CellStyle bold, List<StockTrend.Series> series, int first) {
        CellStyles.headerRow(sheet, first, HEADERS, bold);
        int r = first + 1;
        for (StockTrend.Series s : series) {
            TrendPoint now = last(s);
            TrendPoint before = s.points().get(0);
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.code());
            row.createCell(1).setCellValue(s.name());
            List<Function<TrendPoint, BigDecimal>> figures = List.of(
                    TrendPoint::floorAreaM2,
                    TrendPoint::newSupplyM2,
                    TrendPoint::vacantAreaM2,
                    p -> BigDecimal.valueOf(p.vacancyRate()));
            int c = 2;
            for (Function<TrendPoint, BigDecimal> f : figures) {
                number(row, c++, f.apply(now));
            }
            number(row, c++, BigDecimal.valueOf((now.vacancyRate() - before.vacancyRate()) * 100));
            number(row, c++, now.takeUpM2());
            number(row, c++, now.releasedM2());
            number(row, c++, now.netAbsorptionM2());
            number(row, c++, now.avgAskingRentYuanM2Month());
            number(row, c, BigDecimal.valueOf(now.listings()));
        }
    }

    private static void number(Row row, int c, BigDecimal value) {
        if (value == null) {
            row.createCell(c).setCellValue("—");
        } else {
            row.createCell(c).setCellValue(value.doubleValue());
        }
    }
}
