package cn.dongguan.cfk.efficiency;

import java.util.List;

/**
 * The 亩均 figures of a year in the statistics: the city's (every enterprise occupying a unit, once;
 * {@code parkCode} null) and each park's, by code.
 */
record EfficiencyStats(int year, ParkEfficiency city, List<ParkEfficiency> parks) {}
