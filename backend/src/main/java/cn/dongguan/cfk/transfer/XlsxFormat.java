package cn.dongguan.cfk.transfer;

import java.nio.file.Path;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Excel .xlsx workbooks (a ZIP of XML parts), read by {@link XlsxRowReader}. */
@Component
@Order(1)
class XlsxFormat implements ImportFormat {

    @Override
    public String code() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xlsx");
    }

    @Override
    public boolean recognises(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    @Override
    public RowReader open(Path file, ImportOptions options) {
        return new XlsxRowReader(file);
    }
}
