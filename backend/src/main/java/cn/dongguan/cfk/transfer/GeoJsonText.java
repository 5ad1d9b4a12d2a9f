package cn.dongguan.cfk.transfer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A geometry as GeoJSON with each coordinate as Java writes the double (the shortest text that reads
 * back the same), so that a WKT read from an export and written again holds exactly the stored
 * coordinates: JTS's own writer rounds them to a fixed number of decimals.
 */
final class GeoJsonText {

    private GeoJsonText() {}

    static String of(Geometry g) {
        StringBuilder out = new StringBuilder();
        write(g, out);
        return out.toString();
    }

    private static void write(Geometry g, StringBuilder out) {
        String type = g.getGeometryType();
        if (g instanceof GeometryCollection && type.equals("GeometryCollection")) {
            out.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(g.getGeometryN(i), out);
            }
            out.append("]}");
            return;
        }
        out.append("{\"type\":\"")
                .append(type.equals("LinearRing") ? "LineString" : type)
                .append("\",\"coordinates\":");
        coordinates(g, out);
        out.append('}');
    }

    private static void coordinates(Geometry g, StringBuilder out) {
        if (g instanceof Point p) {
            if (p.isEmpty()) {
                out.append("[]");
            } else {
                position(p.getCoordinate(), out);
            }
        } else if (g instanceof LineString line) {
            positions(line.getCoordinates(), out);
        } else if (g instanceof Polygon polygon) {
            out.append('[');
            if (!polygon.isEmpty()) {
                positions(polygon.getExteriorRing().getCoordinates(), out);
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    out.append(',');
                    positions(polygon.getInteriorRingN(i).getCoordinates(), out);
                }
            }
            out.append(']');
        } else {
            out.append('[');
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                coordinates(g.getGeometryN(i), out);
            }
            out.append(']');
        }
    }

    private static void positions(Coordinate[] coordinates, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            position(coordinates[i], out);
        }
        out.append(']');
    }

    private static void position(Coordinate c, StringBuilder out) {
        out.append('[').append(c.getX()).append(',').append(c.getY()).append(']');
    }
}
