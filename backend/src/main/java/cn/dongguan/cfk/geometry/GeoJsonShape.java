package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.shared.BadRequestException;
import tools.jackson.databind.JsonNode;

/**
 * The cheap structural check of a GeoJSON geometry object before it goes to PostGIS, which reads a
 * non-numeric coordinate as 0 and would then report a misleading place.
 */
final class GeoJsonShape {

    private GeoJsonShape() {}

    static void check(JsonNode geometry) {
        if (!geometry.isObject() || !geometry.path("type").isString()) {
            throw refused(
                    "应为 GeoJSON 几何对象，如 {\"type\": \"Polygon\", \"coordinates\": [...]}",
                    "must be a GeoJSON geometry object such as {\"type\": \"Polygon\", \"coordinates\": [...]}");
        }
        String type = geometry.get("type").asString();
        if (type.equals("Feature") || type.equals("FeatureCollection")) {
            throw refused(
                    "应为 GeoJSON 几何对象，而不是 " + type + "：请只提交其中的 geometry",
                    "must be a GeoJSON geometry object, not a " + type + ": send its geometry only");
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates != null) {
            checkCoordinates(coordinates);
        }
    }

    private static void checkCoordinates(JsonNode node) {
        if (!node.isArray()) {
            throw refused("的 coordinates 应为数组", "coordinates must be arrays");
        }
        if (!node.isEmpty() && !node.get(0).isArray()) {
            if (node.size() < 2 || node.size() > 3) {
                throw refused("的每个坐标应为 [经度, 纬度] 或 [x, y]", "positions must be [lon, lat] or [x, y]");
            }
            for (JsonNode n : node) {
                if (!n.isNumber()) {
                    throw refused("的坐标应为数字", "coordinates must be numbers");
                }
            }
            return;
        }
        for (JsonNode child : node) {
            if (!child.isArray()) {
                throw refused("的坐标嵌套层次有误", "coordinates are nested wrongly");
            }
            checkCoordinates(child);
        }
    }

    private static BadRequestException refused(String zh, String en) {
        return new BadRequestException("geometry", "geometry " + zh, "The geometry " + en);
    }
}
