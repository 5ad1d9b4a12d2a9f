package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx workbook with POI's event API (XSSFReader, SAX over the sheet's
 * XML): one row in memory at a time, never the sheet. Numbers keep their binary value and whether
 * they are formatted as dates; formulas give their cached result (a formula without one is a cell
 * error); merged cells refuse the file, as their values would stand in one cell only.
 */
final class XlsxRowReader implements RowReader {

    private final OPCPackage pkg;
    private final List<RowError> problems = new ArrayList<>();
    private boolean date1904;

    XlsxRowReader(Path file) {
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw notAWorkbook(e);
        }
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void read(Consumer<SourceRow> row) {
        ReadOnlySharedStringsTable strings;
        StylesTable styles;
        InputStream sheet;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            date1904 = date1904(reader);
            strings = new ReadOnlySharedStringsTable(pkg, false);
            styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileRejected("工作簿中没有工作表", "The workbook has no sheet");
            }
            sheet = sheets.next();
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw notAWorkbook(e);
        }
        try (sheet) {
            XMLReader xml = XMLHelper.newXMLReader();
            SheetHandler handler = new SheetHandler(strings, styles, row);
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
            if (!handler.merged.isEmpty()) {
                problems.add(RowError.file(
                        "工作表含有合并单元格 " + String.join("、", handler.merged) + "：请取消合并，并在每一行填写完整的值",
                        "The sheet has merged cells " + String.join(", ", handler.merged)
                                + ": unmerge them and give every row its own values"));
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw notAWorkbook(e);
        }
    }

    @Override
    public List<RowError> problems() {
        return problems;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static FileRejected notAWorkbook(Exception e) {
        if (e instanceof FileRejected rejected) {
            return rejected;
        }
        return new FileRejected(
                "文件不是可读取的 Excel .xlsx 工作簿：" + e.getMessage(),
                "The file is not a readable Excel .xlsx workbook: " + e.getMessage());
    }

    private static boolean date1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals("workbookPr")) {
                        String v = a.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /** SAX over a worksheet's XML: rows of {@code <c>} cells, then {@code <mergeCells>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<SourceRow> out;
        final List<String> merged = new ArrayList<>();

        private int rowNumber;
        private List<Cell> cells;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<SourceRow> out) {
            this.strings = strings;
            this.styles = styles;
            this.out = out;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? cells.size() : columnIndex(ref);
                    type = a.getValue("t");
                    style = a.getValue("s");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "mergeCell" -> merged.add(a.getValue("ref"));
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(Cell.EMPTY);
                    }
                    Cell cell = cell();
                    cells.add(formula ? cell.asFormula() : cell);
                }
                case "row" -> {
                    out.accept(new SourceRow(rowNumber, List.copyOf(cells)));
                    cells = null;
                }
                default -> {}
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (v.isEmpty()) {
                return Cell.EMPTY;
            }
            if (type == null || type.equals("n")) {
                double number;
                try {
                    number = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return Cell.text(v);
                }
                return Cell.number(number, isDateFormat());
            }
            return switch (type) {
                case "s" ->
                    Cell.text(strings.getItemAt(Integer.parseInt(v.trim())).getString());
                case "b" -> Cell.text(v.equals("1") ? "TRUE" : "FALSE");
                case "e" -> Cell.error(v);
                default -> Cell.text(v); // str (a formula's text), inlineStr
            };
        }

        private boolean isDateFormat() {
            if (style == null || styles == null) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }

        private static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }
}
