package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a checked geometry lies, in SQL: its town (the one holding its point on surface), whether it
 * is inside its park (or outside every park when it names none), and whether it shares area with
 * another feature of its subject; and the lock that keeps that last answer true until the commit.
 */
@Component
class Placement {

    private final JdbcClient jdbc;

    Placement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The code of the town holding the geometry's point on surface; 400 when it lies in no town. */
    String townOf(Geometry geometry, Subject subject) {
        return jdbc.sql("""
                        SELECT t.code FROM town t
                        WHERE ST_Intersects(t.geom, ST_PointOnSurface(ST_GeomFromWKB(:wkb, 4326)))
                        ORDER BY t.code LIMIT 1""")
                .param("wkb", GeometryInput.wkb(geometry))
                .query(String.class)
                .optional()
                .orElseThrow(() -> noTown(subject));
    }

    static BadRequestException noTown(Subject subject) {
        return new BadRequestException(
                "geometry", subject.zh + "不在东莞任何镇街范围内", "The " + subject.en + " lies in none of Dongguan's towns");
    }

    /** Inside its park, or outside every park when {@code parkCode} is null (镇村工业园). */
    void requireInParkOrOutsideParks(Geometry geometry, String parkCode, Subject subject) {
        if (parkCode == null) {
            requireOutsideParks(geometry, subject);
        } else {
            requireInPark(geometry, parkCode, subject);
        }
    }

    /** How a geometry fits its park: the park's name, whether it is wholly inside, a point outside when not. */
    record Fit(String name, boolean inside, Double lon, Double lat) {}

    /** 400 naming parkCode when there is no such park, geometry when the geometry is not wholly inside it. */
    private void requireInPark(Geometry geometry, String parkCode, Subject subject) {
        Fit fit = jdbc.sql("""
                        WITH input AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS g),
                        fit AS (
                            SELECT p.name, ST_CoveredBy(input.g, p.geom) AS inside, input.g, p.geom
                            FROM park p, input WHERE p.code = :park
                        ), outside AS (
                            SELECT fit.*, CASE WHEN NOT inside THEN ST_PointOnSurface(ST_Difference(g, geom)) END AS pt
                            FROM fit
                        )
                        SELECT name, inside, ST_X(pt) AS lon, ST_Y(pt) AS lat FROM outside""")
                .param("wkb", GeometryInput.wkb(geometry))
                .param("park", parkCode)
                .query((rs, i) ->
                        new Fit(rs.getString("name"), rs.getBoolean("inside"), (Double) rs.getObject("lon"), (Double)
                                rs.getObject("lat")))
                .optional()
                .orElse(null);
        requireFits(fit, parkCode, subject);
    }

    /** 400 naming parkCode when there is no such park (fit null), geometry when it lies not wholly inside. */
    static void requireFits(Fit fit, String parkCode, Subject subject) {
        if (fit == null) {
            throw new BadRequestException(
                    "parkCode", "园区 " + parkCode + " 不存在", "Park " + parkCode + " does not exist");
        }
        if (!fit.inside()) {
            LonLat at = fit.lon() == null ? null : new LonLat(fit.lon(), fit.lat());
            String where = at == null ? "" : "（如 " + at.text() + " 处）";
            String whereEn = at == null ? "" : " (e.g. at " + at.text() + ")";
            throw new BadRequestException(
                    "geometry",
                    subject.zh + "超出园区 " + parkCode + "（" + fit.name() + "）范围" + where,
                    "The " + subject.en + " lies outside park " + parkCode + whereEn,
                    located(at));
        }
    }

    /** A park a geometry of no park reaches into, and a point where it does. */
    record Clash(String code, String name, double lon, double lat) {}

    /** For a building or parcel in no park: 400 when the geometry reaches into a park. */
    private void requireOutsideParks(Geometry geometry, Subject subject) {
        jdbc.sql("""
                        WITH input AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS g)
                        SELECT p.code, p.name, ST_X(pt) AS lon, ST_Y(pt) AS lat
                        FROM park p, input,
                             LATERAL (SELECT ST_PointOnSurface(ST_Intersection(p.geom, input.g)) AS pt) at
                        WHERE p.geom && input.g AND ST_Relate(p.geom, input.g, 'T********')
                        ORDER BY p.code LIMIT 1""")
                .param("wkb", GeometryInput.wkb(geometry))
                .query((rs, i) ->
                        new Clash(rs.getString("code"), rs.getString("name"), rs.getDouble("lon"), rs.getDouble("lat")))
                .optional()
                .ifPresent(clash -> refuseClash(clash, subject));
    }

    static void refuseClash(Clash clash, Subject subject) {
        throw new BadRequestException(
                "geometry",
                "未填园区的" + subject.zh + "应在所有园区之外，但它伸入了园区 " + clash.code() + "（" + clash.name() + "）：请填写 parkCode "
                        + clash.code() + "，或修正几何",
                "A " + subject.en + " with no park must lie outside every park, but it reaches into park "
                        + clash.code() + ": set parkCode to " + clash.code() + " or correct the geometry",
                located(new LonLat(clash.lon(), clash.lat())));
    }

    /** Serialises the subject's writes until the transaction ends, so two cannot both pass the overlap check. */
    void lock(Subject subject) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) l")
                .param("key", subject.lockKey)
                .query(Integer.class)
                .single();
    }

    /** A stored feature a geometry shares area with. */
    record Other(long id, String label) {}

    /** 400 naming the feature of the subject, other than {@code self}, that shares area with the geometry (touching is fine). */
    void requireClearOfOthers(Geometry geometry, long self, Subject subject) {
        // The table and the label column are the subject's constants, never input; values are bound.
        jdbc.sql("""
                        WITH input AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS g)
                        SELECT f.id, f.%s AS label FROM %s f, input
                        WHERE f.geom && input.g AND ST_Relate(f.geom, input.g, 'T********') AND f.id <> :self
                        ORDER BY f.id LIMIT 1""".formatted(subject.labelColumn, subject.table))
                .param("wkb", GeometryInput.wkb(geometry))
                .param("self", self)
                .query((rs, i) -> new Other(rs.getLong("id"), rs.getString("label")))
                .optional()
                .ifPresent(other -> refuseOverlap(other, subject));
    }

    static void refuseOverlap(Other other, Subject subject) {
        throw new BadRequestException(
                "geometry",
                subject.zh + "与已有" + subject.featureZh + " " + other.id() + "（" + subject.labelZh + other.label()
                        + "）重叠",
                "The " + subject.en + " overlaps " + subject.table + " " + other.id() + " (" + other.label() + ")",
                Map.of(subject.overlapProperty, other.id()));
    }

    /** The area on the ellipsoid (geography), in m². */
    double areaM2(Geometry geometry) {
        return jdbc.sql("SELECT ST_Area(ST_GeomFromWKB(:wkb, 4326)::geography)")
                .param("wkb", GeometryInput.wkb(geometry))
                .query(Double.class)
                .single();
    }

    private static Map<String, Object> located(LonLat at) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (at != null) {
            properties.put("location", at.asGeoJson());
        }
        return properties;
    }
}
