package cn.dongguan.cfk.geometry;

/**
 * What a geometry is the shape of: the geometry type stored, how messages name it, and the features
 * of the same kind it must not overlap (their table, how a message names one, the lock that
 * serialises their writes).
 */
public enum Subject {

    /** A single Polygon (a MultiPolygon of one part is accepted as that part). */
    BUILDING("楼栋轮廓", "building footprint", false, "building", "楼栋", "name", "", "overlapsBuildingId", 0x63666b_0001L),
    /** A Polygon or MultiPolygon, stored as a MultiPolygon. */
    PARCEL("地块边界", "parcel boundary", true, "parcel", "地块", "parcel_no", "宗地编号 ", "overlapsParcelId", 0x63666b_0002L),
    /** A town's boundary (imports of the town layer): read and checked, not placed. */
    TOWN("镇街边界", "town boundary", true, "town", "镇街", "name", "", "overlapsTown", 0x63666b_0003L),
    /** A park's boundary (imports of the park layer): read and checked, not placed. */
    PARK("园区边界", "park boundary", true, "park", "园区", "name", "", "overlapsPark", 0x63666b_0004L),
    /** A village industrial park's boundary (镇村工业园, issue 16): read and checked, not placed. */
    VILLAGE_AREA(
            "镇村工业园边界",
            "village park boundary",
            true,
            "village_area",
            "镇村工业园",
            "name",
            "",
            "overlapsVillageArea",
            0x63666b_0005L);

    final String zh;
    final String en;
    final boolean multi;
    /** The table of the features, also their English name in messages. */
    final String table;

    final String featureZh;
    /** The column that names a feature in a message beside its id, and what precedes it in Chinese. */
    final String labelColumn;

    final String labelZh;
    /** The problem property that carries the id of the feature a geometry overlaps. */
    final String overlapProperty;
    /** The transaction-scoped advisory lock key that serialises the features' writes. */
    final long lockKey;

    /** The table of the features. */
    public String table() {
        return table;
    }

    Subject(
            String zh,
            String en,
            boolean multi,
            String table,
            String featureZh,
            String labelColumn,
            String labelZh,
            String overlapProperty,
            long lockKey) {
        this.zh = zh;
        this.en = en;
        this.multi = multi;
        this.table = table;
        this.featureZh = featureZh;
        this.labelColumn = labelColumn;
        this.labelZh = labelZh;
        this.overlapProperty = overlapProperty;
        this.lockKey = lockKey;
    }
}
