package cn.dongguan.cfk.shared;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Writes JTS geometries as GeoJSON geometry objects (WGS84, 7 decimals, no CRS member). */
public final class GeoJson {

    /** The API document's schema of a GeoJSON geometry. */
    public static final String GEOMETRY_SCHEMA = "#/components/schemas/GeoJsonGeometry";

    /** The API document's schema of a GeoJSON feature's properties. */
    public static final String PROPERTIES_SCHEMA = "#/components/schemas/GeoJsonProperties";

    /** The types of a GeoJSON geometry object (RFC 7946 §1.4). */
    public static final List<String> GEOMETRY_TYPES = List.of(
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private GeoJson() {}

    public static String write(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }
}
