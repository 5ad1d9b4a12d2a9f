package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.CellStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The project list as an Excel workbook (项目清单), one row per project, as the list shows it. */
final class ProjectWorkbook {

    static final List<String> HEADERS = List.of(
            "编号 ID",
            "项目 Project",
            "企业 Enterprise",
            "来源 Source",
            "状态 Status",
            "面积 m² Area",
            "面积 亩 Land",
            "计划动工 Planned start",
            "逾期天数 Days overdue",
            "负责人 Staff",
            "下一步 Next action",
            "截止 Due");

    private ProjectWorkbook() {}

    static byte[] write(List<ProjectView> projects, LocalDate today) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("项目 Projects");
            CellStyle bold = CellStyles.bold(workbook);
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue("厂房库 GIS 增资扩产项目清单 · Projects — 导出日期 Exported " + today
                            + " · 示例数据，非官方数据 Sample data, not official");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 3;
            for (ProjectView p : projects) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(p.id());
                row.createCell(c++).setCellValue(p.name());
                row.createCell(c++).setCellValue(p.enterpriseName() == null ? "" : p.enterpriseName());
                row.createCell(c++).setCellValue(p.source().name());
                row.createCell(c++).setCellValue(p.status().name());
                c = range(row, c, p.requirement().minAreaM2(), p.requirement().maxAreaM2());
                c = range(row, c, p.requirement().minAreaMu(), p.requirement().maxAreaMu());
                row.createCell(c++)
                        .setCellValue(
                                p.plannedStart() == null ? "" : p.plannedStart().toString());
                if (p.daysOverdue() != null) {
                    row.createCell(c).setCellValue(p.daysOverdue());
                }
                c++;
                row.createCell(c++).setCellValue(p.assignedStaff() == null ? "" : p.assignedStaff());
                row.createCell(c++).setCellValue(p.nextAction() == null ? "" : p.nextAction());
                row.createCell(c)
                        .setCellValue(
                                p.nextActionDue() == null
                                        ? ""
                                        : p.nextActionDue().toString());
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int range(Row row, int c, BigDecimal min, BigDecimal max) {
        row.createCell(c)
                .setCellValue(
                        min == null
                                ? ""
                                : min.stripTrailingZeros().toPlainString() + "–"
                                        + (max == null
                                                ? ""
                                                : max.stripTrailingZeros().toPlainString()));
        return c + 1;
    }
}
