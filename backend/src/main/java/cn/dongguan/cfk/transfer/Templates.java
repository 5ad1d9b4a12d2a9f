package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.CellStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import template of a layer (issue 11): the first sheet has the columns an import takes, headed
 * by label, unit and JSON name, with drop-down lists for enumerations and codes (from a hidden sheet
 * of lists); a second sheet shows an example row; a third explains each column in Chinese and English.
 * Only the first sheet is imported.
 */
@Component
class Templates {

    static final int VALIDATED_ROWS = 10_000;

    private final JdbcClient jdbc;

    Templates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] workbook(TransferLayer layer) {
        List<Column> columns = layer.columns.stream().filter(Column::imported).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = CellStyles.bold(workbook);
            CellStyle wrap = CellStyles.wrapped(workbook);

            Sheet data = workbook.createSheet("数据 Data");
            Sheet example = workbook.createSheet("示例 Example");
            Sheet notes = workbook.createSheet("说明 Columns");
            Sheet lists = workbook.createSheet("代码 Lists");
            header(data, columns, bold);
            header(example, columns, bold);
            Row sample = example.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).example() != null) {
                    sample.createCell(c).setCellValue(columns.get(c).example());
                }
            }
            DataValidationHelper helper = data.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                List<String> values = values(columns.get(c));
                if (values.isEmpty()) {
                    continue;
                }
                Row listRow;
                for (int r = 0; r < values.size(); r++) {
                    listRow = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                    listRow.createCell(c).setCellValue(values.get(r));
                }
                String col = CellReference.convertNumToColString(c);
                Name name = workbook.createName();
                name.setNameName("list_" + columns.get(c).name());
                name.setRefersToFormula("'代码 Lists'!$" + col + "$1:$" + col + "$" + values.size());
                DataValidation validation = helper.createValidation(
                        helper.createFormulaListConstraint(
                                "list_" + columns.get(c).name()),
                        new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
                validation.setShowErrorBox(true);
                validation.createErrorBox("无效的值 Invalid value", "请从下拉列表中选择 · Choose a value from the list");
                data.addValidationData(validation);
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            notes(notes, layer, columns, bold, wrap);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> values(Column column) {
        List<String> values = column.values();
        if (values.equals(List.of(Catalogue.PARK_CODES))) {
            return jdbc.sql("SELECT code FROM park ORDER BY code")
                    .query(String.class)
                    .list();
        }
        if (values.equals(List.of(Catalogue.INDUSTRY_CODES))) {
            return jdbc.sql("SELECT code FROM industry ORDER BY sort_order")
                    .query(String.class)
                    .list();
        }
        if (values.equals(List.of(Catalogue.TOWN_CODES))) {
            return jdbc.sql("SELECT code FROM town ORDER BY code")
                    .query(String.class)
                    .list();
        }
        if (column.type() == ColumnType.BOOLEAN) {
            return List.of("是", "否");
        }
        return values;
    }

    private static void header(Sheet sheet, List<Column> columns, CellStyle bold) {
        CellStyles.headerRow(sheet, 0, columns.stream().map(Column::header).toList(), bold);
    }

    private void notes(Sheet sheet, TransferLayer layer, List<Column> columns, CellStyle bold, CellStyle wrap) {
        String[] intro = {
            "厂房库 GIS 导入模板 · Import template: " + layer.zh + " " + layer.path,
            "在第一个工作表（数据 Data）中每行填写一条记录；只导入第一个工作表。列名可写中文名称或英文字段名，可以只保留需要的列。"
                    + " · Fill one record per row of the first sheet (Data); only it is imported. A header may be the label or the JSON"
                    + " name; keep only the columns you need.",
            "有编号（id）的行更新该记录；否则按自然键匹配已有记录，匹配不到则新增。留空的单元格清除该字段，文件中没有的列保持不变。"
                    + " · A row with an id updates that record; otherwise its natural key matches a stored one, or it is new. A blank"
                    + " cell clears the field; a column the file does not have is left as it is.",
            "数字可带千位分隔符、全角数字或单位（如 2,000㎡、2000平方米、２０００）；日期写作 2025-06-30 或 Excel 日期。公式取其计算结果；不要合并单元格。"
                    + " · Numbers may carry separators, full-width digits or the unit; dates as 2025-06-30 or Excel dates. Formulas give their"
                    + " cached result; do not merge cells.",
            "导入先校验并预览（新增、变更、不变、错误），确认后提交：全部写入或全部不写。"
                    + " · An import is validated and previewed (new, changed, unchanged, errors), then committed: all rows or none."
        };
        int r = 0;
        for (String line : intro) {
            var cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 1 ? bold : wrap);
        }
        r++;
        String[] heads = {
            "列 Header", "字段 Field", "类型 Type", "单位 Unit", "新增必填 Required for new", "可选值 Values", "说明", "Notes"
        };
        Row head = sheet.createRow(r++);
        for (int c = 0; c < heads.length; c++) {
            var cell = head.createCell(c);
            cell.setCellValue(heads[c]);
            cell.setCellStyle(bold);
        }
        for (Column column : columns) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(column.name());
            row.createCell(2).setCellValue(column.type().name());
            row.createCell(3).setCellValue(column.unit() == null ? "" : column.unit());
            row.createCell(4).setCellValue(column.required() ? "是 yes" : "");
            row.createCell(5).setCellValue(String.join(" ", values(column)));
            row.createCell(6).setCellValue(column.labelZh() + (column.noteZh().isEmpty() ? "" : "：" + column.noteZh()));
            row.createCell(7)
                    .setCellValue(column.labelEn() + (column.noteEn().isEmpty() ? "" : ": " + column.noteEn()));
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(5, 40 * 256);
        sheet.setColumnWidth(6, 50 * 256);
        sheet.setColumnWidth(7, 60 * 256);
    }
}
