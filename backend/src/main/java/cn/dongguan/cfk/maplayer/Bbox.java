package cn.dongguan.cfk.maplayer;

/** A bbox query parameter: minLon,minLat,maxLon,maxLat in CRS84, checked before any SQL. */
record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    static Bbox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw MapLayerProblems.badBbox(
                    text, "需要 4 个数，收到 " + parts.length + " 个", "it needs 4 numbers, got " + parts.length);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i]) || parts[i].isBlank()) {
                throw MapLayerProblems.badBbox(text, "“" + parts[i] + "” 不是数", "'" + parts[i] + "' is not a number");
            }
        }
        if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
            throw MapLayerProblems.badBbox(
                    text,
                    "经度应在 −180 到 180 之间，纬度应在 −90 到 90 之间",
                    "longitudes must be within -180..180 and latitudes within -90..90");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw MapLayerProblems.badBbox(text, "最小值大于最大值", "a minimum is greater than its maximum");
        }
        return new Bbox(v[0], v[1], v[2], v[3]);
    }
}
