package cn.dongguan.cfk.maplayer;

/**
 * One attribute of a layer: its public name, type, and the SQL expression (over the layer's table,
 * aliased {@code t}, and the layer's joins) that computes it. The SQL is a constant of the catalogue.
 */
record Field(String name, FieldType type, String sql) {}
