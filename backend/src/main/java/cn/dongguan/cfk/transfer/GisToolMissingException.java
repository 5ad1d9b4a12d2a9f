package cn.dongguan.cfk.transfer;

/** A format needs GDAL's ogr2ogr, which this server does not have: 415, naming what is missing. */
class GisToolMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String zh;

    GisToolMissingException(String command, String why) {
        super("Zipped Shapefiles need GDAL's ogr2ogr, which this server lacks (" + command + ": " + why
                + "): install gdal-bin or set cfk.imports.ogr2ogr, or send GeoJSON or GeoPackage");
        this.zh = "Shapefile（zip）需要 GDAL 的 ogr2ogr，但服务器上没有（" + command + "：" + why
                + "）：请安装 gdal-bin 或设置 cfk.imports.ogr2ogr，或改用 GeoJSON、GeoPackage";
    }
}
