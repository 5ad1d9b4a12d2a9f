package cn.dongguan.cfk.transfer;

import java.util.List;

/**
 * A row of a file, with its number as a person finds it there (a spreadsheet's row number, a CSV
 * file's record number: the header is row 1). Cells in column order; missing cells are empty.
 */
record SourceRow(int number, List<Cell> cells) {

    Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    boolean blank() {
        return cells.stream().allMatch(Cell::blank);
    }
}
