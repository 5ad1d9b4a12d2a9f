package cn.dongguan.cfk.maplayer;

import java.util.Optional;
import java.util.regex.Pattern;

/** A tile address z/x/y in the XYZ scheme of Web Mercator (EPSG:3857), checked before any SQL. */
record TileCoordinates(int z, int x, int y) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,8}");

    TileCoordinates {
        if (z < 0 || z > Layers.MAX_ZOOM) {
            throw MapLayerProblems.badZoom(Integer.toString(z));
        }
        if (x < 0 || x >= tilesPerSide(z)) {
            throw MapLayerProblems.badTileIndex("x", Integer.toString(x), z);
        }
        if (y < 0 || y >= tilesPerSide(z)) {
            throw MapLayerProblems.badTileIndex("y", Integer.toString(y), z);
        }
    }

    /** The coordinates as written in a path, or a 400 naming the first part that is wrong. */
    static TileCoordinates parse(String z, String x, String y) {
        int zoom = digits(z).filter(v -> v <= Layers.MAX_ZOOM).orElseThrow(() -> MapLayerProblems.badZoom(z));
        int column = digits(x)
                .filter(v -> v < tilesPerSide(zoom))
                .orElseThrow(() -> MapLayerProblems.badTileIndex("x", x, zoom));
        int row = digits(y)
                .filter(v -> v < tilesPerSide(zoom))
                .orElseThrow(() -> MapLayerProblems.badTileIndex("y", y, zoom));
        return new TileCoordinates(zoom, column, row);
    }

    /** The tile at zoom z that contains the WGS84 point (lon, lat). */
    static TileCoordinates containing(double lon, double lat, int z) {
        long n = tilesPerSide(z);
        double latRad = Math.toRadians(lat);
        long x = (long) Math.floor((lon + 180) / 360 * n);
        long y = (long) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n);
        return new TileCoordinates(z, (int) Math.min(Math.max(x, 0), n - 1), (int) Math.min(Math.max(y, 0), n - 1));
    }

    static long tilesPerSide(int z) {
        return 1L << z;
    }

    /** The side of one pixel of a 4096-unit tile at this zoom, in Web Mercator metres. */
    double pixelSizeMetres() {
        return 2 * Math.PI * 6378137 / tilesPerSide(z) / TileSql.EXTENT;
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }

    private static Optional<Integer> digits(String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
