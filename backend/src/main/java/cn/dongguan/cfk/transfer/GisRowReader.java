package cn.dongguan.cfk.transfer;

/**
 * What the readers of GIS files (GeoJSON, GeoPackage) share: each row's geometry is its last cell, and
 * the coordinate system the file declares is known once reading ended.
 */
abstract class GisRowReader implements RowReader {

    /** The CRS the file declares, as it names it; set while reading, null for none. */
    String crs;

    @Override
    public final String crs() {
        return crs;
    }

    @Override
    public final boolean spatial() {
        return true;
    }
}
