/**
 * What every feature shares: RFC 9457 problem responses in Chinese and English, ETags, GeoJSON
 * output, and reading JSON write bodies field by field ({@link cn.dongguan.cfk.shared.JsonFields}).
 */
package cn.dongguan.cfk.shared;
