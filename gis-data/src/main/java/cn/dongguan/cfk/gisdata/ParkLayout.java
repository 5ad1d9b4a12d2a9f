package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The 35 sample parks: one in every town and a second one in the three largest, each a turned
 * rectangle or an irregular convex polygon of about 1–7 km², well inside its town and apart from
 * the other parks.
 */
final class ParkLayout {

    static final int PARKS = 35;
    /** Distance kept from the town boundary (the data promises at least 50 m). */
    static final double TOWN_MARGIN_M = 120;
    /** Distance kept between parks (the data promises at least 100 m). */
    static final double PARK_SPACING_M = 250;

    private static final double MIN_AREA_M2 = 0.9e6;
    private static final int ATTEMPTS = 800;

    private static final List<String> LEVELS = levels();

    private ParkLayout() {}

    static List<SampleData.Park> place(List<SampleData.Town> towns, Rng rng, GeometryFactory gf) {
        List<SampleData.Town> largest = new ArrayList<>(towns);
        largest.sort(
                Comparator.comparingDouble((SampleData.Town t) -> -t.boundary().getArea())
                        .thenComparing(SampleData.Town::code));
        List<SampleData.Town> withTwoParks = largest.subList(0, PARKS - towns.size());

        List<String> levels = new ArrayList<>(LEVELS);
        rng.shuffle(levels);
        List<SampleData.Park> parks = new ArrayList<>();
        List<Polygon> placed = new ArrayList<>();
        for (SampleData.Town town : towns) {
            int count = withTwoParks.contains(town) ? 2 : 1;
            for (int k = 0; k < count; k++) {
                double angle = Math.toRadians(rng.between(-25.0, 25.0));
                double maxArea = count == 2 ? 4.5e6 : 7.0e6;
                Polygon boundary = fit(town, rng.logBetween(1.2e6, maxArea), angle, rng.chance(0.5), placed, rng, gf);
                placed.add(boundary);
                parks.add(describe(parks.size() + 1, town, levels.get(parks.size()), boundary, angle, rng));
            }
        }
        return parks;
    }

    private static Polygon fit(
            SampleData.Town town,
            double targetArea,
            double angle,
            boolean rectangle,
            List<Polygon> placed,
            Rng rng,
            GeometryFactory gf) {
        PreparedGeometry inside =
                PreparedGeometryFactory.prepare(town.boundary().buffer(-TOWN_MARGIN_M));
        Coordinate centre =
                new Coordinate(LocalProjection.DONGGUAN.x(town.lon()), LocalProjection.DONGGUAN.y(town.lat()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double area = Math.max(MIN_AREA_M2, targetArea * StrictMath.pow(0.95, attempt / 8.0));
            double reach = 300 + attempt * 20.0;
            double bearing = rng.between(0, 2 * Math.PI);
            double distance = rng.between(0, reach);
            double x = centre.x + distance * StrictMath.cos(bearing);
            double y = centre.y + distance * StrictMath.sin(bearing);
            Polygon shape =
                    (Polygon) AffineTransformation.rotationInstance(StrictMath.sin(angle), StrictMath.cos(angle))
                            .translate(x, y)
                            .transform(rectangle ? rectangle(area, rng.between(1.0, 2.0), gf) : convex(area, rng, gf));
            if (inside.contains(shape) && placed.stream().allMatch(p -> p.distance(shape) >= PARK_SPACING_M)) {
                return shape;
            }
        }
        throw new IllegalStateException("no room for another park in " + town.name());
    }

    private static Polygon rectangle(double area, double aspect, GeometryFactory gf) {
        double w = Math.sqrt(area * aspect);
        double h = area / w;
        return gf.createPolygon(new Coordinate[] {
            new Coordinate(-w / 2, -h / 2),
            new Coordinate(w / 2, -h / 2),
            new Coordinate(w / 2, h / 2),
            new Coordinate(-w / 2, h / 2),
            new Coordinate(-w / 2, -h / 2)
        });
    }

    /** A convex polygon of 6–9 corners round an ellipse, scaled to {@code area}, centred on the origin. */
    private static Polygon convex(double area, Rng rng, GeometryFactory gf) {
        int corners = rng.between(6, 9);
        double flatten = rng.between(0.55, 1.0);
        Coordinate[] points = new Coordinate[corners];
        for (int i = 0; i < corners; i++) {
            double a = 2 * Math.PI * (i + rng.between(-0.3, 0.3)) / corners;
            double r = rng.between(0.8, 1.0);
            points[i] = new Coordinate(r * StrictMath.cos(a), r * flatten * StrictMath.sin(a));
        }
        Geometry hull = gf.createMultiPointFromCoords(points).convexHull();
        double scale = Math.sqrt(area / hull.getArea());
        Geometry scaled = AffineTransformation.scaleInstance(scale, scale).transform(hull);
        Coordinate c = scaled.getCentroid().getCoordinate();
        return (Polygon) AffineTransformation.translationInstance(-c.x, -c.y).transform(scaled);
    }

    private static SampleData.Park describe(
            int n, SampleData.Town town, String level, Polygon boundary, double angle, Rng rng) {
        String nn = String.format("%02d", n);
        List<String> industries = new ArrayList<>();
        int count = rng.between(1, 4);
        while (industries.size() < count) {
            String code = rng.pick(IndustryCatalogue.ALL).code();
            if (!industries.contains(code)) {
                industries.add(code);
            }
        }
        industries.sort(Comparator.comparingInt(IndustryCatalogue::order));
        double planned = Math.round(boundary.getArea() * rng.between(0.97, 1.03) / 100) * 100.0;
        return new SampleData.Park(
                "DG-P" + nn,
                "示例园区" + nn + "（" + town.name() + "）",
                level,
                town.code(),
                List.copyOf(industries),
                planned,
                "示例园区" + nn + "管理委员会",
                FakeNames.person(rng),
                FakeNames.landline(rng),
                boundary,
                angle);
    }

    /** Mostly provincial and municipal parks, a couple of national ones. */
    private static List<String> levels() {
        List<String> levels = new ArrayList<>();
        addTimes(levels, "国家级", 2);
        addTimes(levels, "省级", 13);
        addTimes(levels, "省特色", 3);
        addTimes(levels, "市级", 13);
        addTimes(levels, "镇村工业园", 4);
        return List.copyOf(levels);
    }

    private static void addTimes(List<String> list, String value, int times) {
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
    }
}
