package cn.dongguan.cfk.transfer;

import java.io.Closeable;
import java.util.List;

/**
 * Writes rows of one format, streaming: the columns once, then each row's values by column (numbers,
 * text, dates, booleans; null for none). Closing finishes the file on the stream it was opened on.
 */
interface RowWriter extends Closeable {

    void header(List<Column> columns);

    void row(List<Object> values);

    @Override
    void close();
}
