package cn.dongguan.cfk.alert;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random saved queries of /api/spaces and /api/parcels, any filter in any mix, with values drawn from
 * the data (its towns, parks, industries, building names, points): for the agreement test and the
 * saved-search benchmark.
 */
final class GeneratedQueries {

    private final List<String> towns;
    private final List<String> parks;
    private final List<String> industries;
    private final List<String> names;
    private final List<double[]> points;
    /** The first listings' own figures (area, rent, ceiling height, floor load, power): filters on their edge. */
    private final List<String[]> figures;

    private final List<String> landTowns;
    private final List<String> landParks;
    private final List<double[]> landPoints;
    private final List<String> landAreas;

    GeneratedQueries(JdbcTemplate jdbc) {
        towns = jdbc.queryForList("SELECT DISTINCT town_code FROM space_listing ORDER BY 1", String.class);
        parks = jdbc.queryForList(
                "SELECT DISTINCT park_code FROM space_listing WHERE park_code IS NOT NULL ORDER BY 1", String.class);
        industries = jdbc.queryForList("SELECT DISTINCT industry_code FROM park_industry ORDER BY 1", String.class);
        names = jdbc.queryForList(
                "SELECT b.name FROM space_listing s JOIN building b ON b.id = s.building_id ORDER BY s.unit_id LIMIT 200",
                String.class);
        points = points(jdbc, "SELECT ST_X(point), ST_Y(point) FROM space_listing ORDER BY unit_id LIMIT 200");
        figures = jdbc.query("""
                SELECT vacant_area_m2, rent_yuan_m2_month, ceiling_height_m, floor_load_kg_m2, power_kva
                FROM space_listing ORDER BY unit_id LIMIT 200""", (rs, i) ->
                new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        landTowns = jdbc.queryForList("SELECT DISTINCT town_code FROM parcel ORDER BY 1", String.class);
        landParks = jdbc.queryForList(
                "SELECT DISTINCT park_code FROM parcel WHERE park_code IS NOT NULL ORDER BY 1", String.class);
        landAreas = jdbc.queryForList("SELECT m2_to_mu(area_m2)::text FROM parcel ORDER BY id LIMIT 100", String.class);
        landPoints = points(
                jdbc,
                "SELECT ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) FROM parcel ORDER BY id LIMIT 100");
    }

    /**
     * A query of /api/spaces: each filter or not, at random; a bound is a round figure or, half the
     * time, one of the first 200 listings' own (ordered by unit id), so that a unit lies on its edge.
     */
    String space(Random random) {
        List<String> f = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            f.add("town=" + pick(random, towns) + (random.nextBoolean() ? "," + pick(random, towns) : ""));
        }
        if (random.nextInt(5) == 0) f.add("park=" + pick(random, parks));
        if (random.nextInt(6) == 0) f.add("industry=" + pick(random, industries));
        range(
                f,
                "minArea",
                random.nextBoolean() ? bound(random, 0, "200", "500", "1000", "2500") : null,
                "maxArea",
                random.nextInt(3) == 0 ? bound(random, 0, "2500", "5000", "20000") : null);
        if (random.nextInt(3) == 0) f.add("minCeilingHeight=" + bound(random, 2, "4", "6", "8.5"));
        if (random.nextInt(4) == 0) f.add("minFloorLoad=" + bound(random, 3, "300", "500", "1000"));
        if (random.nextInt(4) == 0) f.add("minPowerKva=" + bound(random, 4, "100", "400", "1000"));
        if (random.nextBoolean()) f.add("maxRent=" + bound(random, 1, "15", "20", "25.5", "35"));
        if (random.nextInt(4) == 0) f.add("fireClass=" + encode(pick(random, "甲", "乙", "丙", "丁", "戊")));
        if (random.nextInt(4) == 0) f.add("availableBy=" + LocalDate.now().plusDays(random.nextInt(200)));
        if (random.nextInt(5) == 0) f.add("groundFloor=" + random.nextBoolean());
        if (random.nextInt(5) == 0) f.add("futureSupply=" + pick(random, "include", "exclude", "only"));
        if (random.nextInt(4) == 0) f.add(bbox(random, points, new double[] {0.005, 0.03, 0.15}));
        if (random.nextInt(6) == 0) {
            String name = pick(random, names);
            f.add("q=" + encode(name.substring(0, Math.min(name.length(), 2 + random.nextInt(3)))));
        }
        return f.isEmpty() ? "maxRent=30" : String.join("&", f);
    }

    /** A query of /api/parcels: each filter or not, at random. */
    String parcel(Random random) {
        List<String> f = new ArrayList<>();
        if (random.nextInt(3) == 0) f.add("town=" + pick(random, landTowns));
        if (random.nextInt(4) == 0) f.add("park=" + pick(random, landParks) + "," + pick(random, landParks));
        range(
                f,
                "minAreaMu",
                random.nextBoolean() ? landBound(random, "1", "5", "20", "50") : null,
                "maxAreaMu",
                random.nextInt(3) == 0 ? landBound(random, "50", "120", "200") : null);
        if (random.nextBoolean()) f.add("planningUse=" + pick(random, "M1", "M2", "M1,M2", "W", "M0,M3"));
        if (random.nextBoolean()) {
            f.add("status=" + pick(random, "AVAILABLE", "RESERVE", "AVAILABLE,RESERVE", "SUPPLIED,BUILT"));
        }
        if (random.nextInt(3) == 0) f.add("availableBy=" + LocalDate.now().plusDays(random.nextInt(720)));
        if (random.nextInt(4) == 0) f.add(bbox(random, landPoints, new double[] {0.005, 0.03, 0.1}));
        return f.isEmpty() ? "minAreaMu=1" : String.join("&", f);
    }

    /** A minimum and a maximum, either absent, the lower one the minimum (the search refuses them the other way). */
    private static void range(List<String> f, String minName, String min, String maxName, String max) {
        if (min != null && max != null && new BigDecimal(min).compareTo(new BigDecimal(max)) > 0) {
            String lower = max;
            max = min;
            min = lower;
        }
        if (min != null) f.add(minName + "=" + min);
        if (max != null) f.add(maxName + "=" + max);
    }

    /** One of the round values, or half the time one of the first 100 parcels' own area in 亩. */
    private String landBound(Random random, String... round) {
        return random.nextBoolean() ? landAreas.get(random.nextInt(landAreas.size())) : pick(random, round);
    }

    /** One of the round values, or half the time a listing's own figure {@code column} (when it has one). */
    private String bound(Random random, int column, String... round) {
        String own = figures.get(random.nextInt(figures.size()))[column];
        return own != null && random.nextBoolean() ? own : pick(random, round);
    }

    /**
     * A box of one of the radii around one of the points; one in five runs east from 179° across the
     * antimeridian to the point's east edge (everything west of it, in its latitudes).
     */
    private static String bbox(Random random, List<double[]> points, double[] radii) {
        double[] p = points.get(random.nextInt(points.size()));
        double r = radii[random.nextInt(radii.length)];
        if (random.nextInt(5) == 0) {
            return String.format(Locale.ROOT, "bbox=179,%.5f,%.5f,%.5f", p[1] - r, p[0] + r, p[1] + r);
        }
        return String.format(Locale.ROOT, "bbox=%.5f,%.5f,%.5f,%.5f", p[0] - r, p[1] - r, p[0] + r, p[1] + r);
    }

    private static List<double[]> points(JdbcTemplate jdbc, String sql) {
        return jdbc.query(sql, (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)});
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
