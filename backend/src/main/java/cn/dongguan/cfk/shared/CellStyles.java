package cn.dongguan.cfk.shared;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles every workbook of the app shares: bold headers, wrapped explanations, a header row. */
public final class CellStyles {

    private CellStyles() {}

    public static CellStyle bold(Workbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    public static CellStyle wrapped(Workbook workbook) {
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        return wrap;
    }

    /**
     * A bold header row at {@code rowIndex}, each column as wide as its label (12 to 60 characters), the
     * rows above and the header frozen.
     */
    public static void headerRow(Sheet sheet, int rowIndex, List<String> labels, CellStyle bold) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, labels.get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }
}
