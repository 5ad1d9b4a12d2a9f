package cn.dongguan.cfk.gisdata;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON geometries (RFC 7946: outer rings counter-clockwise, holes clockwise), 7 decimals. */
final class GeoJson {

    private GeoJson() {}

    static String polygon(Polygon lonLat) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + rings(lonLat) + "}";
    }

    /** A one-part MultiPolygon. */
    static String multiPolygon(Polygon lonLat) {
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + rings(lonLat) + "]}";
    }

    private static String rings(Polygon p) {
        StringBuilder sb = new StringBuilder("[");
        ring(sb, p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(sb, p.getInteriorRingN(i), false);
        }
        return sb.append(']').toString();
    }

    private static void ring(StringBuilder sb, LinearRing ring, boolean counterClockwise) {
        Coordinate[] cs = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(cs) != counterClockwise;
        sb.append('[');
        for (int i = 0; i < cs.length; i++) {
            Coordinate c = cs[reverse ? cs.length - 1 - i : i];
            sb.append(i > 0 ? "," : "")
                    .append('[')
                    .append(Json.number(c.x, 7))
                    .append(',')
                    .append(Json.number(c.y, 7))
                    .append(']');
        }
        sb.append(']');
    }
}
