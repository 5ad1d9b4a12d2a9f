package cn.dongguan.cfk.shared;

/**
 * Dongguan's extent in WGS84 (SPEC §4): about 113.5–114.3 E, 22.6–23.2 N. Geometries and points
 * outside it are refused; maps and layers are bounded by it.
 */
public final class DongguanExtent {

    public static final double WEST = 113.5;
    public static final double EAST = 114.3;
    public static final double SOUTH = 22.6;
    public static final double NORTH = 23.2;

    /** For messages: "东经 113.5–114.3°、北纬 22.6–23.2°" and "113.5–114.3 E, 22.6–23.2 N". */
    public static final String TEXT_ZH = "东经 113.5–114.3°、北纬 22.6–23.2°";

    public static final String TEXT_EN = "113.5–114.3 E, 22.6–23.2 N";

    private DongguanExtent() {}

    public static boolean contains(double lon, double lat) {
        return lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
    }

    public static boolean covers(double minLon, double minLat, double maxLon, double maxLat) {
        return minLon >= WEST && maxLon <= EAST && minLat >= SOUTH && maxLat <= NORTH;
    }
}
