/**
 * What every feature shares: RFC 9457 problem responses in Chinese and English, and GeoJSON output.
 */
package cn.dongguan.cfk.shared;
