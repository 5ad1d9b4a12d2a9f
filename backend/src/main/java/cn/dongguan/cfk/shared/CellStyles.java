package cn.dongguan.cfk.shared;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles every workbook of the app shares: bold headers, wrapped explanations. */
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
}
