package cn.dongguan.cfk.geometry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A WGS84 position, shown to users to point at where a geometry is at fault. */
record LonLat(double lon, double lat) {

    /** The position in two columns of a row, or null when they are null. */
    static LonLat of(ResultSet rs, String lonColumn, String latColumn) throws SQLException {
        double lon = rs.getDouble(lonColumn);
        if (rs.wasNull()) {
            return null;
        }
        return new LonLat(lon, rs.getDouble(latColumn));
    }

    String text() {
        return String.format("%.7f, %.7f", lon, lat);
    }

    /** A GeoJSON Point, for problem responses the map can draw. */
    Map<String, Object> asGeoJson() {
        return Map.of("type", "Point", "coordinates", List.of(round(lon), round(lat)));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
