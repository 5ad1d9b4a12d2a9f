package cn.dongguan.cfk.support;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds empty ground for write tests with PostGIS: a square of a given side, with a 15 m margin from
 * every building and parcel, inside a park or in a town outside every park. Each call looks again,
 * so what an earlier test built there is avoided.
 */
public record FreeLand(JdbcTemplate jdbc) {

    /** A free square of {@code side} metres wholly inside the park, margin included. */
    public Box inPark(String park, int side) {
        return find("SELECT ST_Transform(geom, 4547) AS g FROM park WHERE code = ?", park, side, 40, false);
    }

    /** A free square of {@code side} metres inside the town and away from every park. */
    public Box inTownOutsideParks(String town, int side) {
        return find("SELECT ST_Transform(geom, 4547) AS g FROM town WHERE code = ?", town, side, 150, true);
    }

    private Box find(String area, String code, int side, int step, boolean outsideParks) {
        return jdbc.queryForObject(
                """
                WITH area AS (%s),
                cells AS (
                    SELECT ST_MakeEnvelope(x, y, x + %d, y + %d, 4547) AS sq, area.g
                    FROM area,
                         generate_series(floor(ST_XMin(area.g))::bigint, ceil(ST_XMax(area.g))::bigint, %d) x,
                         generate_series(floor(ST_YMin(area.g))::bigint, ceil(ST_YMax(area.g))::bigint, %d) y
                ), boxes AS (
                    SELECT ST_Envelope(ST_Transform(sq, 4326)) AS box, ST_Transform(ST_Buffer(sq, 15), 4326) AS zone
                    FROM cells WHERE ST_CoveredBy(ST_Buffer(sq, 15), g)
                )
                SELECT ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box) FROM boxes
                WHERE NOT EXISTS (SELECT 1 FROM building b WHERE ST_Intersects(b.geom, boxes.zone))
                  AND NOT EXISTS (SELECT 1 FROM parcel l WHERE ST_Intersects(l.geom, boxes.zone))
                  AND (%s OR NOT EXISTS (SELECT 1 FROM park p WHERE ST_Intersects(p.geom, boxes.zone)))
                ORDER BY ST_YMin(box), ST_XMin(box) LIMIT 1""".formatted(area, side, side, step, step, !outsideParks),
                (rs, i) -> new Box(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)),
                code);
    }

    /** A lon/lat box (EPSG:4326) and GeoJSON polygons drawn in it. */
    public record Box(double west, double south, double east, double north) {

        /** The box itself as a GeoJSON Polygon, counter-clockwise. */
        public String polygon() {
            return polygon(0, 0, 1, 0, 1, 1, 0, 1, 0, 0);
        }

        /**
         * A GeoJSON Polygon through points given as fractions of the box (x from west, y from south),
         * pairs in order; the ring is written exactly as given, closed or not.
         */
        public String polygon(double... fractions) {
            return "{\"type\":\"Polygon\",\"coordinates\":[" + ring(fractions) + "]}";
        }

        /** A part of the box, from fractions of it. */
        public Box part(double x0, double y0, double x1, double y1) {
            return new Box(lon(x0), lat(y0), lon(x1), lat(y1));
        }

        public double lon(double fraction) {
            return west + fraction * (east - west);
        }

        public double lat(double fraction) {
            return south + fraction * (north - south);
        }

        String ring(double... fractions) {
            StringBuilder ring = new StringBuilder("[");
            for (int i = 0; i < fractions.length; i += 2) {
                if (i > 0) {
                    ring.append(',');
                }
                ring.append(String.format(Locale.ROOT, "[%.9f,%.9f]", lon(fractions[i]), lat(fractions[i + 1])));
            }
            return ring.append(']').toString();
        }
    }
}
