package cn.dongguan.cfk.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV (RFC 4180) in UTF-8 with a byte-order mark, so that Excel opens the Chinese text
 * correctly, streaming row by row. Numbers are written plain, booleans as 是 / 否.
 */
final class CsvRowWriter implements RowWriter {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;
    private final ZoneId zone;

    CsvRowWriter(OutputStream out, ZoneId zone) {
        this.zone = zone;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void header(List<Column> columns) {
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        print(columns.stream().map(c -> (Object) c.header()).toList());
    }

    @Override
    public void row(List<Object> values) {
        List<Object> shown = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v == null) {
                shown.add(null);
            } else if (v instanceof BigDecimal d) {
                shown.add(d.stripTrailingZeros().toPlainString());
            } else if (v instanceof Boolean b) {
                shown.add(b ? "是" : "否");
            } else if (v instanceof Instant i) {
                shown.add(MOMENT.format(i.atZone(zone)));
            } else {
                shown.add(v.toString());
            }
        }
        print(shown);
    }

    private void print(List<Object> values) {
        try {
            out.write(CsvText.record(values, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
