package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.NotFoundException;
import java.util.Collection;
import java.util.stream.Collectors;

/** Every error the map layers answer with, in Chinese and English, in one place. */
final class MapLayerProblems {

    private MapLayerProblems() {}

    static NotFoundException unknownLayer(String id) {
        return new NotFoundException(
                "没有图层 “" + id + "”，可用的图层：" + layerIds(), "No layer '" + id + "'; the layers are " + layerIds());
    }

    static NotFoundException unknownCollection(String id) {
        return new NotFoundException(
                "没有要素集合 “" + id + "”，可用的集合：" + layerIds(),
                "No collection '" + id + "'; the collections are " + layerIds());
    }

    static NotFoundException unknownFeature(Layer layer, String featureId) {
        return new NotFoundException(
                "要素集合 " + layer.id() + " 中没有要素 “" + featureId + "”",
                "Collection '" + layer.id() + "' has no feature '" + featureId + "'");
    }

    static BadRequestException badZoom(String text) {
        return new BadRequestException(
                "z",
                "缩放级别 z 应为 0 到 " + Layers.MAX_ZOOM + " 的整数，收到 “" + text + "”",
                "Zoom z must be an integer from 0 to " + Layers.MAX_ZOOM + ", got '" + text + "'");
    }

    static BadRequestException badTileIndex(String field, String text, int zoom) {
        long max = (1L << zoom) - 1;
        return new BadRequestException(
                field,
                "瓦片坐标 " + field + " 在缩放级别 " + zoom + " 应为 0 到 " + max + " 的整数，收到 “" + text + "”",
                "Tile " + field + " must be an integer from 0 to " + max + " at zoom " + zoom + ", got '" + text + "'");
    }

    static BadRequestException badOffset(String text) {
        return new BadRequestException(
                "offset",
                "offset 应为不小于 0 的整数，收到 “" + text + "”",
                "offset must be an integer of 0 or more, got '" + text + "'");
    }

    static BadRequestException badDatetime(String text) {
        return new BadRequestException(
                "datetime",
                "datetime “" + text + "” 无效：应为 RFC 3339 时间或时间区间（如 2025-01-01T00:00:00Z/..）",
                "datetime '" + text
                        + "' is invalid: expected an RFC 3339 instant or interval (e.g. 2025-01-01T00:00:00Z/..)");
    }

    static BadRequestException badFormat(String text, Collection<String> formats) {
        return new BadRequestException(
                "f",
                "不支持的格式 f=“" + text + "”，可用：" + String.join(", ", formats),
                "Unsupported format f='" + text + "'; use " + String.join(", ", formats));
    }

    static BadRequestException unknownParameter(String name, Collection<String> allowed) {
        return new BadRequestException(
                name,
                "不支持的参数 “" + name + "”，可用的参数：" + String.join(", ", allowed),
                "Unknown parameter '" + name + "'; the parameters are " + String.join(", ", allowed));
    }

    static BadRequestException repeatedParameter(String name) {
        return new BadRequestException(
                name, "参数 “" + name + "” 只能出现一次", "Parameter '" + name + "' may be given only once");
    }

    static BadRequestException badQueryableValue(Queryable q, String value) {
        String allowed = q.kind() == Queryable.Kind.PARK_CODE
                ? "，应为 DG-P01 这样的园区编号"
                : q.values().isEmpty() ? "" : "，可用的值：" + String.join(", ", q.values());
        String allowedEn = q.kind() == Queryable.Kind.PARK_CODE
                ? ": expected a park code like DG-P01"
                : q.values().isEmpty() ? "" : "; the values are " + String.join(", ", q.values());
        return new BadRequestException(
                q.name(),
                "属性 " + q.name() + " 的值 “" + value + "” 无效" + allowed,
                "Property '" + q.name() + "' has an invalid value '" + value + "'" + allowedEn);
    }

    private static String layerIds() {
        return Layers.ALL.stream().map(Layer::id).collect(Collectors.joining(", "));
    }
}
