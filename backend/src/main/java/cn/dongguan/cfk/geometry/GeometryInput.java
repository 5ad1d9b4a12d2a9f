package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.DongguanExtent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the geometry of an inventory write (SPEC §4): {@code geometry} (a GeoJSON geometry object),
 * {@code crs} beside it (default EPSG:4326) and {@code repair} (default false). PostGIS parses it,
 * transforms it to WGS84 and checks it, with the GeoJSON bound as a parameter. Refusals are 400s
 * naming the field, with PostGIS's reason and, for invalid geometries, the location in lon/lat.
 */
@Component
record GeometryInput(JdbcClient jdbc, VertexLimit vertexLimit) {

    /** The members of a write body this component reads. */
    static final String GEOMETRY = "geometry";

    static final String CRS = "crs";
    static final String REPAIR = "repair";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** The checked geometry of a body that must have one. */
    CheckedGeometry read(JsonNode body, Subject subject) {
        return readIfGiven(body, subject)
                .orElseThrow(() -> new BadRequestException(
                        "geometry",
                        "缺少 geometry（GeoJSON 格式的" + subject.zh + "）",
                        "Field 'geometry' is required (the " + subject.en + " as a GeoJSON geometry)"));
    }

    /** The checked geometry when the body has one (a merge patch may not); crs and repair only go with it. */
    Optional<CheckedGeometry> readIfGiven(JsonNode body, Subject subject) {
        JsonNode geometry = body.get(GEOMETRY);
        if (geometry == null) {
            for (String option : new String[] {CRS, REPAIR}) {
                if (body.has(option)) {
                    throw new BadRequestException(
                            option, option + " 只能与 geometry 一起提供", "'" + option + "' only goes with a 'geometry'");
                }
            }
            return Optional.empty();
        }
        boolean repair = repair(body.get(REPAIR));
        if (geometry.isNull()) {
            throw new BadRequestException("geometry", subject.zh + "不能为空", "The " + subject.en + " cannot be null");
        }
        Prepared prepared = prepare(geometry, body.get(CRS));
        Parsed parsed = parse(prepared);
        requireReadable(parsed, prepared.crs, subject, repair);
        return Optional.of(finish(parsed, subject, !parsed.valid));
    }

    private static boolean repair(JsonNode repair) {
        if (repair == null || repair.isNull()) {
            return false;
        }
        if (!repair.isBoolean()) {
            throw new BadRequestException(REPAIR, "字段 repair 应为 true 或 false", "Field 'repair' must be true or false");
        }
        return repair.asBoolean();
    }

    /** A geometry ready for PostGIS: its CRS and its GeoJSON text without a crs member. */
    record Prepared(InputCrs crs, String json) {}

    /**
     * The checks before PostGIS (GeoJSON's shape, the vertex limit), and the CRS: {@code crs} beside
     * the geometry or a legacy crs member inside it.
     */
    Prepared prepare(JsonNode geometry, JsonNode crsBeside) {
        GeoJsonShape.check(geometry);
        vertexLimit.requireGeoJson(geometry, GEOMETRY);
        InputCrs crs = InputCrs.of(crsBeside, geometry.get(CRS));
        ObjectNode coordinatesOnly = ((ObjectNode) geometry).deepCopy();
        coordinatesOnly.remove(CRS);
        return new Prepared(crs, JSON.writeValueAsString(coordinatesOnly));
    }

    private Parsed parse(Prepared prepared) {
        try {
            return jdbc.sql("SELECT " + DESCRIBED
                            + ", ST_AsBinary(d.g) AS wkb FROM geometry_describe(CAST(:json AS text), :srid) d")
                    .param("json", prepared.json)
                    .param("srid", prepared.crs.srid)
                    .query((rs, i) -> Parsed.read(rs, true))
                    .single();
        } catch (DataAccessException e) {
            throw unreadable(prepared.crs, postgisReason(e));
        }
    }

    /**
     * The columns of {@code geometry_describe(json, srid) d} that {@link Parsed#read} takes: what the
     * checks of SPEC §4 look at, for a form's geometry and a file's rows alike.
     */
    static final String DESCRIBED = "d.error, d.type, d.empty, d.xmin, d.ymin, d.xmax, d.ymax, d.valid, d.reason,"
            + " d.lon, d.lat, d.open_lon, d.open_lat, d.parts, d.area";

    /**
     * The geometry's own checks (SPEC §4) on what PostGIS described, in the order a form's write
     * applies them; a file's rows are checked by this too, without repair.
     */
    static void requireReadable(Parsed parsed, InputCrs crs, Subject subject, boolean repair) {
        if (parsed.error != null) {
            throw unreadable(crs, parsed.error);
        }
        requirePolygonal(parsed, subject);
        requireClosedRings(parsed);
        requireInDongguan(parsed, crs);
        if (!parsed.valid && !repair) {
            throw invalid(parsed);
        }
    }

    private static BadRequestException unreadable(InputCrs crs, String reason) {
        return new BadRequestException(
                "geometry",
                "无法读取或转换 geometry（坐标系 " + crs.code + "）：" + reason,
                "The geometry could not be read or transformed (CRS " + crs.code + "): " + reason,
                Map.of("reason", reason));
    }

    private static void requirePolygonal(Parsed parsed, Subject subject) {
        if (!parsed.type.equals("POLYGON") && !parsed.type.equals("MULTIPOLYGON")) {
            String expected = subject.multi ? "Polygon 或 MultiPolygon" : "Polygon";
            String expectedEn = subject.multi ? "a Polygon or MultiPolygon" : "a Polygon";
            throw new BadRequestException(
                    "geometry",
                    subject.zh + "应为 " + expected + "，收到的是 " + parsed.type,
                    "The " + subject.en + " must be " + expectedEn + ", not " + parsed.type);
        }
        if (parsed.empty) {
            throw new BadRequestException("geometry", subject.zh + "没有坐标", "The " + subject.en + " has no coordinates");
        }
    }

    /** Unclosed rings are malformed GeoJSON: refused even when repair is asked for. */
    private static void requireClosedRings(Parsed parsed) {
        if (parsed.openRingAt != null) {
            throw new BadRequestException(
                    "geometry",
                    "多边形的环没有闭合（首尾坐标应相同），位置 " + parsed.openRingAt.text() + "：" + parsed.reason,
                    "A polygon ring is not closed (its first and last positions must be equal) at "
                            + parsed.openRingAt.text() + ": " + parsed.reason,
                    problem(parsed.reason, parsed.openRingAt));
        }
    }

    private static void requireInDongguan(Parsed parsed, InputCrs crs) {
        if (!DongguanExtent.covers(parsed.xmin, parsed.ymin, parsed.xmax, parsed.ymax)) {
            String box = String.format("%.5f–%.5f E, %.5f–%.5f N", parsed.xmin, parsed.xmax, parsed.ymin, parsed.ymax);
            throw new BadRequestException(
                    "geometry",
                    "几何超出东莞范围（约" + DongguanExtent.TEXT_ZH + "）：按 " + crs.code + " 解读后位于 " + box
                            + "。如坐标是投影坐标（米），请用 crs 注明坐标系，如 EPSG:4547",
                    "The geometry lies outside Dongguan (about " + DongguanExtent.TEXT_EN + "): read as " + crs.code
                            + " it spans " + box
                            + ". If the coordinates are projected (metres), name their CRS in 'crs', e.g. EPSG:4547");
        }
    }

    private static BadRequestException invalid(Parsed parsed) {
        String where = parsed.invalidAt == null ? "" : "，位置 " + parsed.invalidAt.text();
        String whereEn = parsed.invalidAt == null ? "" : " at " + parsed.invalidAt.text();
        return new BadRequestException(
                "geometry",
                "几何无效：" + parsed.reason + where + "。请修正后重新提交，或加上 \"repair\": true 由系统修复",
                "The geometry is invalid: " + parsed.reason + whereEn
                        + ". Correct it, or send \"repair\": true to have it repaired",
                problem(parsed.reason, parsed.invalidAt));
    }

    /** Repairs when asked (keeping only the polygons), then gives it its subject's type and its area. */
    private CheckedGeometry finish(Parsed parsed, Subject subject, boolean repair) {
        Finished f = jdbc.sql("""
                        WITH input AS (
                            SELECT ST_GeomFromWKB(:wkb, 4326) AS g
                        ), fixed AS (
                            SELECT CASE WHEN :repair THEN ST_CollectionExtract(ST_MakeValid(g), 3) ELSE g END AS g
                            FROM input
                        )
                        SELECT ST_IsEmpty(g) AS empty, ST_NumGeometries(g) AS parts, ST_IsValid(g) AS valid,
                               ST_AsBinary(ST_Multi(g)) AS wkb, ST_Area(g::geography) AS area
                        FROM fixed""")
                .param("wkb", parsed.wkb)
                .param("repair", repair)
                .query((rs, i) -> new Finished(
                        rs.getBoolean("empty"),
                        rs.getInt("parts"),
                        rs.getBoolean("valid"),
                        rs.getBytes("wkb"),
                        rs.getDouble("area")))
                .single();
        requireUsable(parsed, f, subject, repair);
        return new CheckedGeometry(shaped(wkb(f.wkb), subject), f.area, repair);
    }

    /** A checked geometry (as a MultiPolygon) as its subject stores it: a MultiPolygon, or its one polygon. */
    static Geometry shaped(Geometry multi, Subject subject) {
        return subject.multi ? multi : multi.getGeometryN(0);
    }

    /**
     * The checks of a geometry as it is stored (after repair when asked): a polygon is left, of at
     * least the least area, of one part where the subject wants one; for a file's rows, which are not
     * repaired, with what PostGIS described. Answers the area in m².
     */
    static double requireUsable(Parsed parsed, Subject subject) {
        Finished f = new Finished(parsed.empty, parsed.parts, parsed.valid, null, parsed.area);
        requireUsable(parsed, f, subject, false);
        return f.area;
    }

    private static void requireUsable(Parsed parsed, Finished f, Subject subject, boolean repair) {
        if (f.empty || !f.valid) {
            throw new BadRequestException(
                    "geometry",
                    "几何无效且无法修复为多边形：" + parsed.reason,
                    "The geometry is invalid and no polygon is left after repair: " + parsed.reason,
                    problem(parsed.reason, parsed.invalidAt));
        }
        if (f.area < InventoryInput.MIN_AREA_M2) {
            String min = InventoryInput.MIN_AREA_M2 + " m²";
            throw new BadRequestException(
                    "geometry",
                    subject.zh + "面积不足 " + min + "（" + String.format("%.3f", f.area) + " m²），请检查坐标和坐标系",
                    "The " + subject.en + " covers less than " + min + " (" + String.format("%.3f", f.area)
                            + " m²): check the coordinates and their CRS");
        }
        if (!subject.multi && f.parts != 1) {
            throw new BadRequestException(
                    "geometry",
                    subject.zh + "应为单个多边形，" + (repair ? "修复后" : "") + "却有 " + f.parts + " 个部分",
                    "The " + subject.en + " must be a single polygon, but " + (repair ? "after repair " : "")
                            + "it has " + f.parts + " parts");
        }
    }

    static byte[] wkb(Geometry geometry) {
        return new WKBWriter().write(geometry);
    }

    static Geometry wkb(byte[] bytes) {
        try {
            return new WKBReader(WGS84).read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    private static Map<String, Object> problem(String reason, LonLat location) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("reason", reason);
        if (location != null) {
            properties.put("location", location.asGeoJson());
        }
        return properties;
    }

    /** The first line of PostGIS's message, without the "ERROR: " prefix. */
    static String postgisReason(DataAccessException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String first = message.lines().findFirst().orElse(message).trim();
        return first.startsWith("ERROR:") ? first.substring("ERROR:".length()).trim() : first;
    }

    /** What geometry_describe answers for a geometry (wkb only when asked for). */
    record Parsed(
            String error,
            String type,
            boolean empty,
            double xmin,
            double ymin,
            double xmax,
            double ymax,
            boolean valid,
            String reason,
            LonLat invalidAt,
            LonLat openRingAt,
            int parts,
            double area,
            byte[] wkb) {

        static Parsed read(ResultSet rs, boolean withWkb) throws SQLException {
            return new Parsed(
                    rs.getString("error"),
                    rs.getString("type"),
                    rs.getBoolean("empty"),
                    rs.getDouble("xmin"),
                    rs.getDouble("ymin"),
                    rs.getDouble("xmax"),
                    rs.getDouble("ymax"),
                    rs.getBoolean("valid"),
                    rs.getString("reason"),
                    LonLat.of(rs, "lon", "lat"),
                    LonLat.of(rs, "open_lon", "open_lat"),
                    rs.getInt("parts"),
                    rs.getDouble("area"),
                    withWkb ? rs.getBytes("wkb") : null);
        }
    }

    private record Finished(boolean empty, int parts, boolean valid, byte[] wkb, double area) {}
}
