package cn.dongguan.cfk.matching;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The towns, parks and point a project prefers, in EPSG:4547 metres, and how far a site is from the
 * nearest of them (0 inside a preferred town or park).
 */
final class PreferredPlaces {

    enum Kind {
        PARK,
        TOWN,
        POINT
    }

    record Area(Kind kind, String code, Geometry geometry) {}

    /** The nearest preferred place: what it is and how far, in metres. */
    record Nearest(Kind kind, String code, double metres) {}

    static final PreferredPlaces NONE = new PreferredPlaces(List.of(), null);

    private static final GeometryFactory GF = new GeometryFactory();

    private final List<Area> areas;
    private final Coordinate point;

    /** {@code areas}: parks first, then towns; {@code point}: a position in EPSG:4547, or null. */
    PreferredPlaces(List<Area> areas, Coordinate point) {
        this.areas = List.copyOf(areas);
        this.point = point;
    }

    boolean isEmpty() {
        return areas.isEmpty() && point == null;
    }

    /** Null when there is no preference. */
    Nearest nearest(Site site) {
        Nearest best = null;
        for (Area area : areas) {
            boolean inside = area.kind() == Kind.PARK
                    ? area.code().equals(site.parkCode())
                    : area.code().equals(site.townCode());
            if (inside) {
                return new Nearest(area.kind(), area.code(), 0);
            }
        }
        Geometry at = null;
        for (Area area : areas) {
            if (at == null) {
                at = GF.createPoint(new Coordinate(site.x(), site.y()));
            }
            double d = area.geometry().distance(at);
            if (best == null || d < best.metres()) {
                best = new Nearest(area.kind(), area.code(), d);
            }
        }
        if (point != null) {
            double d = Math.hypot(point.x - site.x(), point.y - site.y());
            if (best == null || d < best.metres()) {
                best = new Nearest(Kind.POINT, null, d);
            }
        }
        return best;
    }
}
