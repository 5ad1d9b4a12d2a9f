package cn.dongguan.cfk.matching;

/** One scoring criterion of a candidate: its weight (points of 100), its score 0–100 and why. */
record Criterion(String name, double weight, int score, String reasonZh, String reasonEn) {}
