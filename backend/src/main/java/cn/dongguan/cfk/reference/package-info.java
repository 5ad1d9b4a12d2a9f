/**
 * Reference data: the 32 towns and streets (镇街) and the industry catalogue (产业).
 * Public surface: {@link cn.dongguan.cfk.reference.ReferenceData} and its records.
 */
package cn.dongguan.cfk.reference;
