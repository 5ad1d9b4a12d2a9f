package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The layers data goes in and out of (issue 11), by their path names. Imports take the inventory
 * layers and the towns and parks with their boundaries (administrators only); {@code spaces} is the
 * space search, exported with the units' columns.
 */
enum TransferLayer {
    BUILDINGS("buildings", "楼栋", "buildings", Catalogue.BUILDINGS, true),
    UNITS("units", "单元", "units", Catalogue.UNITS, true),
    PARCELS("parcels", "地块", "parcels", Catalogue.PARCELS, true),
    ENTERPRISES("enterprises", "企业", "enterprises", Catalogue.ENTERPRISES, true),
    EFFICIENCY("efficiency", "亩均效益评价结果", "亩均 efficiency results", Catalogue.EFFICIENCY, true),
    TOWNS("towns", "镇街", "towns", Catalogue.TOWNS, true),
    PARKS("parks", "园区", "parks", Catalogue.PARKS, true),
    SPACES("spaces", "可租空间", "vacant space", Catalogue.UNITS, false);

    final String path;
    final String zh;
    final String en;
    final List<Column> columns;
    /** Whether spreadsheets of this layer may be imported. */
    final boolean importable;

    TransferLayer(String path, String zh, String en, List<Column> columns, boolean importable) {
        this.path = path;
        this.zh = zh;
        this.en = en;
        this.columns = columns;
        this.importable = importable;
    }

    static TransferLayer of(String path) {
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.path.equals(p))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "没有图层 " + path + "：可用 " + names(false), "There is no layer " + path + ": use " + names(false)));
    }

    /** A layer spreadsheets may be imported into; 404 otherwise. */
    static TransferLayer importable(String path) {
        TransferLayer layer = of(path);
        if (!layer.importable) {
            throw new NotFoundException(
                    "图层 " + path + " 不能用表格导入：可导入 " + names(true),
                    "Layer " + path + " cannot be imported from a spreadsheet: import " + names(true));
        }
        return layer;
    }

    private static String names(boolean importableOnly) {
        return String.join(
                ", ",
                Arrays.stream(values())
                        .filter(l -> !importableOnly || l.importable)
                        .map(l -> l.path)
                        .toList());
    }
}
