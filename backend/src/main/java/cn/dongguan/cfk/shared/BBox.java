package cn.dongguan.cfk.shared;

/**
 * A bounding box in WGS84 (CRS84) as {@code minLon,minLat,maxLon,maxLat}, the order of OGC API and
 * GeoJSON: the one parser of every {@code bbox} parameter (searches, web map, OGC API – Features),
 * checked before any SQL runs. A minimum may equal its maximum (a box around a line or a point).
 */
public record BBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** The box, or a 400 naming {@code field} when the text is not one. */
    public static BBox parse(String text, String field) {
        String[] parts = text.trim().split("\\s*,\\s*", -1);
        if (parts.length != 4) {
            throw malformed(
                    text,
                    field,
                    "应为 4 个以逗号分隔的数字：最小经度,最小纬度,最大经度,最大纬度，收到 " + parts.length + " 个",
                    "expected 4 comma-separated numbers: minLon,minLat,maxLon,maxLat, got " + parts.length);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                throw malformed(text, field, "“" + parts[i] + "” 不是数字", "'" + parts[i] + "' is not a number");
            }
        }
        BBox box = new BBox(v[0], v[1], v[2], v[3]);
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
        if (box.minLon > box.maxLon || box.minLat > box.maxLat) {
            throw malformed(text, field, "最小值大于最大值", "a minimum is greater than its maximum");
        }
        return box;
    }

    private static BadRequestException malformed(String text, String field, String whyZh, String whyEn) {
        return new BadRequestException(
                field,
                "参数 " + field + " 的值 “" + text + "” 无效：" + whyZh,
                "Parameter '" + field + "' has an invalid value '" + text + "': " + whyEn);
    }
}
