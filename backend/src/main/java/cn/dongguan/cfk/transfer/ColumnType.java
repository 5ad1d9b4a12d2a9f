package cn.dongguan.cfk.transfer;

/** What a column's cells hold. */
enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN,
    /** One of the column's values, or a code looked up in the database (a park, town, industry). */
    CODE,
    /** A geometry as WKT, in the job's CRS. */
    WKT,
    /** A moment, written by exports only. */
    TIMESTAMP
}
