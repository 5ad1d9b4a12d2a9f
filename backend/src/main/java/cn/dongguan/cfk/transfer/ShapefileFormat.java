package cn.dongguan.cfk.transfer;

import java.nio.file.Path;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Zipped Shapefiles (.shp .shx .dbf, .prj, .cpg), read through GDAL's ogr2ogr by {@link ShapefileRowReader}. */
@Component
@Order(5)
class ShapefileFormat implements ImportFormat {

    private final Ogr2ogr ogr2ogr;

    ShapefileFormat(Ogr2ogr ogr2ogr) {
        this.ogr2ogr = ogr2ogr;
    }

    @Override
    public String code() {
        return "shp";
    }

    @Override
    public List<String> extensions() {
        return List.of(".zip");
    }

    @Override
    public boolean recognises(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** 415 when ogr2ogr cannot be run: checked when the file is taken, before a job starts. */
    void requireTool() {
        ogr2ogr.require();
    }

    @Override
    public RowReader open(Path file, ImportOptions options) {
        return new ShapefileRowReader(file, options, ogr2ogr);
    }
}
