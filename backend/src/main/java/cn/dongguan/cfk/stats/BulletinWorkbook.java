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
            Row head = summary.createRow(5);
            List<String> cols = List.of("指标 Figure", c.quarter(), before.period(), "变化 Change");
            for (int i = 0; i < cols.size(); i++) {
                head.createCell(i).setCellValue(cols.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 6;
            r = kpi(summary, r, "存量 m² Stock", now.floorAreaM2(), before.floorAreaM2());
            r = kpi(summary, r, "新增供应 m² New supply", now.newSupplyM2(), before.newSupplyM2());
            r = kpi(summary, r, "空置面积 m² Vacant area", now.vacantAreaM2(), before.vacantAreaM2());
            r = kpi(
                    summary,
                    r,
                    "空置率 Vacancy rate",
                    BigDecimal.valueOf(now.vacancyRate()),
                    BigDecimal.valueOf(before.vacancyRate()));
            r = kpi(summary, r, "去化 m² Take-up", now.takeUpM2(), before.takeUpM2());
            r = kpi(summary, r, "释放 m² Released", now.releasedM2(), before.releasedM2());
            r = kpi(summary, r, "净吸纳 m² Net absorption", now.netAbsorptionM2(), before.netAbsorptionM2());
            r = kpi(
                    summary,
                    r,
                    "平均租金 元/m²·月 Asking rent",
                    now.avgAskingRentYuanM2Month(),
                    before.avgAskingRentYuanM2Month());
            kpi(summary, r, "房源 Listings", BigDecimal.valueOf(now.listings()), BigDecimal.valueOf(before.listings()));
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

    private static int kpi(Sheet sheet, int r, String name, BigDecimal now, BigDecimal before) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        number(row, 1, now);
        number(row, 2, before);
        number(row, 3, now == null || before == null ? null : now.subtract(before));
        return r + 1;
    }

    private static void table(Sheet sheet, CellStyle bold, List<StockTrend.Series> series) {
        table(sheet, bold, series, 0);
    }

    private static void table(Sheet sheet, CellStyle bold, List<StockTrend.Series> series, int first) {
        Row head = sheet.createRow(first);
        for (int i = 0; i < HEADERS.size(); i++) {
            head.createCell(i).setCellValue(HEADERS.get(i));
            head.getCell(i).setCellStyle(bold);
        }
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
