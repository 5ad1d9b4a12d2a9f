/**
 * Statistics of the stock (SPEC §5): vacancy and vacant area by park, town and industry, read in SQL.
 */
package cn.dongguan.cfk.stats;
