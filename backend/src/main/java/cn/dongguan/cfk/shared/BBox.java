package cn.dongguan.cfk.shared;

import java.util.Map;

/**
 * A bounding box in WGS84 (CRS84) as {@code minLon,minLat,maxLon,maxLat}, the order of OGC API and
 * GeoJSON: the one parser of every {@code bbox} parameter (searches, web map, OGC API – Features),
 * checked before any SQL runs, and the one writer of its SQL condition. A minimum may equal its maximum
 * (a box around a line or a point). As in OGC API – Features (§7.15.3) and GeoJSON (RFC 7946 §5.2), a
 * box whose {@code minLon} is greater than its {@code maxLon} crosses the antimeridian: it runs east
 * from {@code minLon} to 180° and on from -180° to {@code maxLon}.
 */
public record BBox(double minLon, double minLat, double maxLon, double maxLat) {

    private static final String ENVELOPE = envelope(":minLon", ":minLat", ":maxLon", ":maxLat");
    private static final String EAST_PART = envelope(":minLon", ":minLat", "180", ":maxLat");
    private static final String WEST_PART = envelope("-180", ":minLat", ":maxLon", ":maxLat");

    /** The box of four numbers, or a 400 naming {@code field} when the text is not one. */
    public static BBox parse(String text, String field) {
        return parse(text, field, false);
    }

    /**
     * The box of four numbers, or of six with heights ({@code minLon,minLat,minHeight,maxLon,maxLat,maxHeight},
     * as OGC API – Features allows): the features are flat, so the heights select nothing and are only checked.
     */
    public static BBox parseAllowingHeights(String text, String field) {
        return parse(text, field, true);
    }

    private static BBox parse(String text, String field, boolean heights) {
        String[] parts = text.trim().split("\\s*,\\s*", -1);
        if (parts.length != 4 && !(heights && parts.length == 6)) {
            throw heights
                    ? malformed(
                            text,
                            field,
                            "应为 4 个（或含高度的 6 个）以逗号分隔的数字：最小经度,最小纬度,最大经度,最大纬度，收到 " + parts.length + " 个",
                            "expected 4 (or, with heights, 6) comma-separated numbers: minLon,minLat,maxLon,maxLat, got "
                                    + parts.length)
                    : malformed(
                            text,
                            field,
                            "应为 4 个以逗号分隔的数字：最小经度,最小纬度,最大经度,最大纬度，收到 " + parts.length + " 个",
                            "expected 4 comma-separated numbers: minLon,minLat,maxLon,maxLat, got " + parts.length);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                throw malformed(text, field, "“" + parts[i] + "” 不是数字", "'" + parts[i] + "' is not a number");
            }
        }
        int half = parts.length / 2;
        if (parts.length == 6 && v[2] > v[5]) {
            throw malformed(text, field, "最小高度大于最大高度", "the minimum height is greater than the maximum");
        }
        BBox box = new BBox(v[0], v[1], v[half], v[half + 1]);
        if (Math.abs(box.minLon) > 180
                || Math.abs(box.maxLon) > 180
                || Math.abs(box.minLat) > 90
                || Math.abs(box.maxLat) > 90) {
            throw malformed(
                    text,
                    field,
                    "经度应在 -180 至 180 之间，纬度应在 -90 至 90 之间（WGS84）",
                    "longitudes must lie within -180..180 and latitudes within -90..90 (WGS84)");
        }
        if (box.minLat > box.maxLat) {
            throw malformed(
                    text,
                    field,
                    "最小纬度大于最大纬度（最小经度大于最大经度的框跨越 180° 经线）",
                    "the minimum latitude is greater than the maximum (a minimum longitude greater than the maximum "
                            + "is a box across the antimeridian)");
        }
        return box;
    }

    /** Whether the box runs east across 180° ({@code minLon > maxLon}). */
    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /**
     * SQL: the bounding box of {@code geometry} meets the box ({@code &&}, answered by the GiST index);
     * the parameters are {@link #sqlParams()}.
     */
    public String overlapsSql(String geometry) {
        return sql().overlaps(geometry);
    }

    /** SQL: {@code geometry} itself meets the box (edges included); the parameters are {@link #sqlParams()}. */
    public String intersectsSql(String geometry) {
        return sql().intersects(geometry);
    }

    /** The bound parameters of {@link #overlapsSql} and {@link #intersectsSql}. */
    public Map<String, Object> sqlParams() {
        return Map.of("minLon", minLon, "minLat", minLat, "maxLon", maxLon, "maxLat", maxLat);
    }

    /** A box's conditions in SQL: the box bound as parameters ({@link #sql()}) or stored in columns ({@link #stored}). */
    public interface Sql {

        /** The bounding box of {@code geometry} meets the box ({@code &&}). */
        String overlaps(String geometry);

        /** {@code geometry} itself meets the box (edges included). */
        String intersects(String geometry);
    }

    /** This box's conditions, its bounds bound as {@link #sqlParams()}; a box across 180° is two envelopes. */
    public Sql sql() {
        boolean across = crossesAntimeridian();
        return new Sql() {
            @Override
            public String overlaps(String geometry) {
                return across
                        ? "(" + meets("&&", geometry, EAST_PART) + " OR " + meets("&&", geometry, WEST_PART) + ")"
                        : meets("&&", geometry, ENVELOPE);
            }

            @Override
            public String intersects(String geometry) {
                return across
                        ? "(" + meets("ST_Intersects", geometry, EAST_PART) + " OR "
                                + meets("ST_Intersects", geometry, WEST_PART) + ")"
                        : meets("ST_Intersects", geometry, ENVELOPE);
            }
        };
    }

    /**
     * The conditions of a box stored in four columns (SQL expressions; a standing search's box, issue 14):
     * the same envelopes, whether it crosses 180° read from the columns.
     */
    public static Sql stored(String minLon, String minLat, String maxLon, String maxLat) {
        String whole = envelope(minLon, minLat, maxLon, maxLat);
        String east = envelope(minLon, minLat, "180", maxLat);
        String west = envelope("-180", minLat, maxLon, maxLat);
        String across = minLon + " > " + maxLon;
        return new Sql() {
            @Override
            public String overlaps(String geometry) {
                return either("&&", geometry);
            }

            @Override
            public String intersects(String geometry) {
                return either("ST_Intersects", geometry);
            }

            private String either(String op, String geometry) {
                return "(CASE WHEN " + across + " THEN " + meets(op, geometry, east) + " OR "
                        + meets(op, geometry, west) + " ELSE " + meets(op, geometry, whole) + " END)";
            }
        };
    }

    private static String envelope(String minLon, String minLat, String maxLon, String maxLat) {
        return "ST_MakeEnvelope(" + minLon + ", " + minLat + ", " + maxLon + ", " + maxLat + ", 4326)";
    }

    /** {@code geometry && envelope}, or {@code ST_Intersects(geometry, envelope)}. */
    private static String meets(String op, String geometry, String envelope) {
        return op.equals("&&") ? geometry + " && " + envelope : op + "(" + geometry + ", " + envelope + ")";
    }

    private static BadRequestException malformed(String text, String field, String whyZh, String whyEn) {
        return new BadRequestException(
                field,
                "参数 " + field + " 的值 “" + TextLimits.shorten(text) + "” 无效：" + whyZh,
                "Parameter '" + field + "' has an invalid value '" + TextLimits.shorten(text) + "': " + whyEn);
    }
}
