package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.shared.BadRequestException;
import org.locationtech.jts.geom.Geometry;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tools.jackson.databind.JsonNode;

/**
 * The most vertices a footprint or boundary may have ({@code cfk.geometry.max-vertices}, default
 * 5000; issue 12): one of a million points made every public read of its area take seconds. Checked
 * on the input before any PostGIS work, by {@link Footprints} for every write of a building or parcel
 * and by any other writer of a geometry (park boundaries, file imports) that calls it, so that all
 * refuse alike: 400 naming the field.
 */
@ConfigurationProperties("cfk.geometry")
public record VertexLimit(@DefaultValue("5000") int maxVertices) {

    /** 400 naming {@code field} when a geometry of that many vertices is over the limit. */
    public void require(long vertices, String field) {
        if (vertices > maxVertices) {
            throw new BadRequestException(
                    field,
                    "几何的顶点过多：" + vertices + " 个，最多 " + maxVertices + " 个。请简化后再提交",
                    "The geometry has too many vertices: " + vertices + ", at most " + maxVertices
                            + ". Simplify it and send it again");
        }
    }

    /** As {@link #require(long, String)} for a JTS geometry (each ring's closing point counted, as in GeoJSON). */
    public void require(Geometry geometry, String field) {
        require(geometry.getNumPoints(), field);
    }

    /** As {@link #require(long, String)} for a GeoJSON geometry: its positions, however nested. */
    public void requireGeoJson(JsonNode geometry, String field) {
        require(vertices(geometry), field);
    }

    private static long vertices(JsonNode geometry) {
        long n = positions(geometry.path("coordinates"));
        for (JsonNode member : geometry.path("geometries")) { // a GeometryCollection
            n += vertices(member);
        }
        return n;
    }

    /** The positions of a GeoJSON coordinates array (an array of numbers is one). */
    static long positions(JsonNode coordinates) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return 0;
        }
        if (!coordinates.get(0).isArray()) {
            return 1;
        }
        long n = 0;
        for (JsonNode child : coordinates) {
            n += positions(child);
        }
        return n;
    }
}
