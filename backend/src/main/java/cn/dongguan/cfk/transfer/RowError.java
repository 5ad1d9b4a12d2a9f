package cn.dongguan.cfk.transfer;

/**
 * A fault an import found, in Chinese and English: in a row and field (row 0: the file itself, such
 * as an unknown column), with the value as given.
 */
record RowError(int row, String field, String value, String reasonZh, String reasonEn) {

    static RowError file(String reasonZh, String reasonEn) {
        return new RowError(0, null, null, reasonZh, reasonEn);
    }
}
