package cn.dongguan.cfk.transfer;

import org.locationtech.jts.geom.Geometry;

/**
 * One cell as a reader found it: its text, or for a spreadsheet's number the number itself and
 * whether its format is a date's; a formula's cached result, or none.
 *
 * @param number        the value of a numeric cell (an Excel date is its serial number)
 * @param dateFormatted whether a numeric cell is formatted as a date
 * @param formula       whether the cell holds a formula (its text or number is the cached result)
 * @param error         an error value of the spreadsheet (#DIV/0!, #N/A, …) in text
 * @param geometry      a GIS file's geometry as its reader decoded it (its WKT is written only when
 *                      shown), so that the import does not write and parse WKT again; else null
 */
record Cell(String text, Double number, boolean dateFormatted, boolean formula, boolean error, Geometry geometry) {

    static final Cell EMPTY = new Cell(null, null, false, false, false, null);

    static Cell text(String text) {
        return new Cell(text, null, false, false, false, null);
    }

    static Cell number(double number, boolean dateFormatted) {
        return new Cell(null, number, dateFormatted, false, false, null);
    }

    /** A GIS feature's geometry (not empty). */
    static Cell geometry(Geometry geometry) {
        return new Cell(null, null, false, false, false, geometry);
    }

    static Cell error(String text) {
        return new Cell(text, null, false, false, true, null);
    }

    Cell asFormula() {
        return new Cell(text, number, dateFormatted, true, error, geometry);
    }

    boolean blank() {
        return number == null && geometry == null && !error && (text == null || text.isBlank());
    }

    /** The cell as a person reads it, for messages. */
    String shown() {
        if (number != null) {
            return Numbers.plain(number).toPlainString();
        }
        if (geometry != null) {
            return GisRows.wkt(geometry);
        }
        return text == null ? "" : text;
    }
}
