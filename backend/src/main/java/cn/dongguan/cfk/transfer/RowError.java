package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.TextLimits;

/**
 * A fault an import found, in Chinese and English: in a row and field (row 0: the file itself, such
 * as an unknown column), with the value as given — a long one cut to {@link TextLimits#VALUE}
 * characters, here and in the reasons, which are cut to {@link TextLimits#REASON} (issue 12: no
 * answer echoes an input in full).
 */
record RowError(int row, String field, String value, String reasonZh, String reasonEn) {

    RowError {
        if (value != null && value.length() > TextLimits.VALUE) {
            String shown = TextLimits.shorten(value, TextLimits.VALUE);
            reasonZh = reasonZh == null ? null : reasonZh.replace(value.trim(), shown);
            reasonEn = reasonEn == null ? null : reasonEn.replace(value.trim(), shown);
            value = shown;
        }
        reasonZh = TextLimits.shorten(reasonZh, TextLimits.REASON);
        reasonEn = TextLimits.shorten(reasonEn, TextLimits.REASON);
    }

    static RowError file(String reasonZh, String reasonEn) {
        return new RowError(0, null, null, reasonZh, reasonEn);
    }
}
