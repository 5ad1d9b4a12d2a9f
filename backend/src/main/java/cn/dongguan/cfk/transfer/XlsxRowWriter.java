package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.CellStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an .xlsx workbook with POI's streaming SXSSF: a window of rows in memory, the rest flushed
 * to a temporary file, so that a quarter of a million units take little heap. Dates are written as
 * ISO text (2025-06-30) and moments in Dongguan time, so that they read back the same in any locale.
 */
final class XlsxRowWriter implements RowWriter {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final ZoneId zone;
    /**
     * The style of every data cell, set on each: a cell without one makes SXSSF look its column's
     * style up in the sheet's column list (XMLBeans) when it is flushed, most of an export's time.
     */
    private final CellStyle plain;

    private int next;

    XlsxRowWriter(OutputStream out, String sheetName, ZoneId zone) {
        this.out = out;
        this.zone = zone;
        this.workbook = new SXSSFWorkbook(200);
        this.sheet = workbook.createSheet(sheetName);
        this.plain = workbook.getCellStyleAt(0);
    }

    @Override
    public void header(List<Column> columns) {
        CellStyles.headerRow(sheet, next++, columns.stream().map(Column::header).toList(), CellStyles.bold(workbook));
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            cell.setCellStyle(plain);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b ? "是" : "否");
            } else if (v instanceof Instant i) {
                cell.setCellValue(MOMENT.format(i.atZone(zone)));
            } else {
                cell.setCellValue(limited(v.toString()));
            }
        }
    }

    /** A cell holds at most 32,767 characters: a longer text (a large WKT) is left out rather than cut. */
    private static String limited(String text) {
        return text.length() > 32_767 ? "" : text;
    }

    /** Writes the workbook; closing it also deletes its temporary files. */
    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
