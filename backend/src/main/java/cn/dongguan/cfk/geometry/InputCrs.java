package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The coordinate systems a write may send its geometry in (SPEC §4). CGCS2000 geographic
 * coordinates are taken as WGS84: at our accuracy they are the same.
 */
enum InputCrs {
    WGS84("EPSG:4326", 4326),
    CGCS2000("EPSG:4490", 4326),
    CGCS2000_GK_CM114("EPSG:4547", 4547),
    WEB_MERCATOR("EPSG:3857", 3857);

    private static final String ACCEPTED_ZH =
            "EPSG:4326（WGS84，默认）、EPSG:4490（CGCS2000）、EPSG:4547（CGCS2000 3度带 中央经线114°E）、EPSG:3857（Web 墨卡托）";
    private static final String ACCEPTED_EN =
            "EPSG:4326 (WGS84, the default), EPSG:4490 (CGCS2000), EPSG:4547 (CGCS2000 3-degree Gauss-Kruger CM 114E), EPSG:3857 (Web Mercator)";

    final String code;
    /** The SRID PostGIS reads the coordinates in. */
    final int srid;

    InputCrs(String code, int srid) {
        this.code = code;
        this.srid = srid;
    }

    /**
     * The CRS a write names: absent or null means EPSG:4326. Takes "EPSG:4547", the OGC URN forms
     * ("urn:ogc:def:crs:EPSG::4547", CRS84) and a legacy GeoJSON crs object {"type":"name",...}.
     */
    static InputCrs parse(JsonNode crs) {
        if (crs == null || crs.isNull()) {
            return WGS84;
        }
        JsonNode name = crs.isObject() ? crs.path("properties").path("name") : crs;
        if (!name.isString()) {
            throw refused(crs.toString());
        }
        String text = name.asString().trim().toUpperCase(Locale.ROOT);
        if (text.equals("CRS84") || text.equals("OGC:CRS84") || text.equals("URN:OGC:DEF:CRS:OGC:1.3:CRS84")) {
            return WGS84;
        }
        String code =
                text.startsWith("URN:OGC:DEF:CRS:EPSG:") ? "EPSG:" + text.substring(text.lastIndexOf(':') + 1) : text;
        for (InputCrs c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw refused(name.asString());
    }

    /**
     * The CRS of a write: {@code crs} beside the geometry, or a legacy GeoJSON crs member inside it
     * (as PostGIS's ST_AsGeoJSON writes for projected coordinates). When both are given they must agree.
     */
    static InputCrs of(JsonNode besideGeometry, JsonNode insideGeometry) {
        InputCrs beside = parse(besideGeometry);
        if (insideGeometry == null || insideGeometry.isNull()) {
            return beside;
        }
        InputCrs inside = parse(insideGeometry);
        if (besideGeometry != null && !besideGeometry.isNull() && inside != beside) {
            throw new BadRequestException(
                    "crs",
                    "坐标系不一致：crs 为 " + beside.code + "，geometry 内的 crs 却为 " + inside.code,
                    "Conflicting coordinate systems: 'crs' says " + beside.code
                            + " but the geometry's own crs member says " + inside.code);
        }
        return inside;
    }

    private static BadRequestException refused(String given) {
        return new BadRequestException(
                "crs",
                "不支持的坐标系 " + given + "：请使用 " + ACCEPTED_ZH,
                "Coordinate reference system " + given + " is not supported: use " + ACCEPTED_EN);
    }
}
