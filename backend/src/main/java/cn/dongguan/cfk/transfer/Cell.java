package cn.dongguan.cfk.transfer;

/**
 * One cell as a reader found it: its text, or for a spreadsheet's number the number itself and
 * whether its format is a date's; a formula's cached result, or none.
 *
 * @param number        the value of a numeric cell (an Excel date is its serial number)
 * @param dateFormatted whether a numeric cell is formatted as a date
 * @param formula       whether the cell holds a formula (its text or number is the cached result)
 * @param error         an error value of the spreadsheet (#DIV/0!, #N/A, …) in text
 */
record Cell(String text, Double number, boolean dateFormatted, boolean formula, boolean error) {

    static final Cell EMPTY = new Cell(null, null, false, false, false);

    static Cell text(String text) {
        return new Cell(text, null, false, false, false);
    }

    static Cell number(double number, boolean dateFormatted) {
        return new Cell(null, number, dateFormatted, false, false);
    }

    Cell asFormula() {
        return new Cell(text, number, dateFormatted, true, error);
    }

    boolean blank() {
        return number == null && !error && (text == null || text.isBlank());
    }

    /** The cell as a person reads it, for messages. */
    String shown() {
        if (number != null) {
            return Numbers.plain(number).toPlainString();
        }
        return text == null ? "" : text;
    }
}
