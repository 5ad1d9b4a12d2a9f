package cn.dongguan.cfk.gisdata;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A rectangular block between streets: {@code width × depth} metres in a street grid turned by
 * {@code angle} around ({@code cx}, {@code cy}); its corner sits at ({@code x0}, {@code y0}) in the
 * grid's own axes. Whatever is laid out in a block is given in block coordinates (u along the width,
 * v along the depth), so equal block coordinates always give bit-identical map coordinates.
 */
record Block(double cx, double cy, double angle, double x0, double y0, double width, double depth) {

    double area() {
        return width * depth;
    }

    Coordinate toWorld(double u, double v) {
        double x = x0 + u;
        double y = y0 + v;
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        return new Coordinate(cx + cos * x - sin * y, cy + sin * x + cos * y);
    }

    /** The rectangle [u0, u1] × [v0, v1] in block coordinates, counter-clockwise. */
    Polygon rectangle(GeometryFactory gf, double u0, double v0, double u1, double v1) {
        Coordinate a = toWorld(u0, v0);
        return gf.createPolygon(new Coordinate[] {a, toWorld(u1, v0), toWorld(u1, v1), toWorld(u0, v1), a.copy()});
    }

    Polygon polygon(GeometryFactory gf) {
        return rectangle(gf, 0, 0, width, depth);
    }
}
