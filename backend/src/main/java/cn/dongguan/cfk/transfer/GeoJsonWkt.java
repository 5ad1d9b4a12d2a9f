package cn.dongguan.cfk.transfer;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON geometry as WKT, each coordinate as written in the file (no rounding through a double);
 * a third ordinate is dropped. Malformed shapes throw IllegalArgumentException with the reason.
 */
final class GeoJsonWkt {

    private GeoJsonWkt() {}

    static String of(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        StringBuilder out = new StringBuilder(type.toUpperCase(Locale.ROOT));
        if (type.equals("GeometryCollection")) {
            out.append(" (");
            JsonNode parts = geometry.path("geometries");
            for (int i = 0; i < parts.size(); i++) {
                out.append(i > 0 ? "," : "").append(of(parts.get(i)));
            }
            return out.append(')').toString();
        }
        int depth = switch (type) {
            case "Point" -> 0;
            case "LineString", "MultiPoint" -> 1;
            case "Polygon", "MultiLineString" -> 2;
            case "MultiPolygon" -> 3;
            default -> throw new IllegalArgumentException("unknown geometry type '" + type + "'");
        };
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return out.append(" EMPTY").toString();
        }
        out.append(' ');
        nested(coordinates, depth, out);
        return out.toString();
    }

    private static void nested(JsonNode node, int depth, StringBuilder out) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("coordinates must be arrays");
        }
        if (depth == 0) {
            if (node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
                throw new IllegalArgumentException("a position must have two numbers");
            }
            out.append('(')
                    .append(node.get(0).decimalValue().toPlainString())
                    .append(' ')
                    .append(node.get(1).decimalValue().toPlainString())
                    .append(')');
            return;
        }
        out.append('(');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            if (depth == 1) {
                JsonNode p = node.get(i);
                if (!p.isArray()
                        || p.size() < 2
                        || !p.get(0).isNumber()
                        || !p.get(1).isNumber()) {
                    throw new IllegalArgumentException("a position must have two numbers");
                }
                out.append(p.get(0).decimalValue().toPlainString())
                        .append(' ')
                        .append(p.get(1).decimalValue().toPlainString());
            } else {
                nested(node.get(i), depth - 1, out);
            }
        }
        out.append(')');
    }
}
