package cn.dongguan.cfk.matching;

/**
 * A hard filter a candidate fails, or cannot be checked for lack of data ({@code unknown}: the data
 * is missing, which is never read as zero, and the candidate is not passed on a guess).
 */
record Failure(HardFilter filter, boolean unknown, String reasonZh, String reasonEn) {}
