package cn.dongguan.cfk.geometry;

/** What a geometry is the shape of: it decides the geometry type stored and how messages name it. */
public enum Subject {

    /** A single Polygon (a MultiPolygon of one part is accepted as that part). */
    BUILDING("楼栋轮廓", "building footprint", false),
    /** A Polygon or MultiPolygon, stored as a MultiPolygon. */
    PARCEL("地块边界", "parcel boundary", true);

    final String zh;
    final String en;
    final boolean multi;

    Subject(String zh, String en, boolean multi) {
        this.zh = zh;
        this.en = en;
        this.multi = multi;
    }
}
