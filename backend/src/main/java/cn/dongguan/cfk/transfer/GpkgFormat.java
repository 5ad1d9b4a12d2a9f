package cn.dongguan.cfk.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** OGC GeoPackages (an SQLite database), read by {@link GpkgRowReader}. */
@Component
@Order(3)
class GpkgFormat implements ImportFormat {

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String code() {
        return "gpkg";
    }

    @Override
    public List<String> extensions() {
        return List.of(".gpkg");
    }

    @Override
    public boolean recognises(byte[] head) {
        return head.length >= SQLITE.length && Arrays.equals(head, 0, SQLITE.length, SQLITE, 0, SQLITE.length);
    }

    @Override
    public RowReader open(Path file, ImportOptions options) {
        return new GpkgRowReader(file);
    }
}
