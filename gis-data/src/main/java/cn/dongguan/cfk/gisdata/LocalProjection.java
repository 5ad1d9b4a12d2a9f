package cn.dongguan.cfk.gisdata;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection around an origin: metres east and north of (lon0, lat0). Within a
 * few tens of kilometres of the origin its areas are good to well under 1 %, which is all the sample
 * data needs. Being affine, it keeps straight edges straight, so a layout made in metres stays
 * valid, disjoint and contained after projecting back.
 */
public final class LocalProjection {

    static final double METRES_PER_DEGREE_LAT = 110_574;
    static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

    /** The frame the generator lays everything out in: the middle of Dongguan. */
    public static final LocalProjection DONGGUAN = new LocalProjection(113.87, 22.93);

    private static final double SCALE_7_DECIMALS = 1e7;

    private final double lon0;
    private final double lat0;
    private final double metresPerDegreeLon;

    public LocalProjection(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.metresPerDegreeLon = METRES_PER_DEGREE_LON_AT_EQUATOR * StrictMath.cos(Math.toRadians(lat0));
    }

    /** A projection centred on a WGS84 geometry, for measuring that geometry. */
    public static LocalProjection around(Geometry lonLat) {
        Envelope e = lonLat.getEnvelopeInternal();
        return new LocalProjection(e.centre().x, e.centre().y);
    }

    /** The area of a WGS84 geometry in square metres. */
    public static double areaM2(Geometry lonLat) {
        return around(lonLat).toMetres(lonLat).getArea();
    }

    public double x(double lon) {
        return (lon - lon0) * metresPerDegreeLon;
    }

    public double y(double lat) {
        return (lat - lat0) * METRES_PER_DEGREE_LAT;
    }

    public double lon(double x) {
        return lon0 + x / metresPerDegreeLon;
    }

    public double lat(double y) {
        return lat0 + y / METRES_PER_DEGREE_LAT;
    }

    /** A copy of a WGS84 geometry in metres. */
    public Geometry toMetres(Geometry lonLat) {
        return transform(lonLat, false);
    }

    /** A copy of a metric geometry in WGS84, coordinates rounded to 7 decimals (about 1 cm). */
    public Geometry toLonLat(Geometry metres) {
        return transform(metres, true);
    }

    private Geometry transform(Geometry g, boolean toLonLat) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double a = seq.getOrdinate(i, 0);
                double b = seq.getOrdinate(i, 1);
                if (toLonLat) {
                    seq.setOrdinate(i, 0, round7(lon(a)));
                    seq.setOrdinate(i, 1, round7(lat(b)));
                } else {
                    seq.setOrdinate(i, 0, x(a));
                    seq.setOrdinate(i, 1, y(b));
                }
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    static double round7(double degrees) {
        return Math.round(degrees * SCALE_7_DECIMALS) / SCALE_7_DECIMALS;
    }
}
