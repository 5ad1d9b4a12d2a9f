package cn.dongguan.cfk.transfer;

import java.util.List;

/** One CSV record (RFC 4180) as text: fields quoted when they hold a comma, a quote or a line break. */
final class CsvText {

    private CsvText() {}

    /**
     * The record with its line break. With {@code quoteText} every text is quoted and a null is left
     * empty and unquoted, as PostgreSQL's COPY reads NULL apart from the empty string.
     */
    static String record(List<?> fields, boolean quoteText) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object field = fields.get(i);
            if (field == null) {
                continue;
            }
            String text = field.toString();
            boolean quote = (quoteText && field instanceof CharSequence)
                    || text.indexOf(',') >= 0
                    || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0
                    || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
            if (quote) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.append("\r\n").toString();
    }
}
