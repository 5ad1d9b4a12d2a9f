package cn.dongguan.cfk.transfer;

import java.nio.file.Path;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** CSV text (UTF-8 with or without BOM, GB18030/GBK), read by {@link CsvRowReader}. */
@Component
@Order(4)
class CsvFormat implements ImportFormat {

    @Override
    public String code() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv", ".txt");
    }

    /** Text: no NUL byte, and not the signature of a ZIP, an OLE2 (.xls) or a PDF file. */
    @Override
    public boolean recognises(byte[] head) {
        return ImportFormat.describe(head).startsWith("文本");
    }

    @Override
    public RowReader open(Path file, ImportOptions options) {
        return new CsvRowReader(file, options.encoding());
    }
}
