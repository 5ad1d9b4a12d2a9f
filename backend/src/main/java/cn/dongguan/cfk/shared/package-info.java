/**
 * What every feature shares: RFC 9457 problem responses in Chinese and English, ETags, GeoJSON
 * output, reading JSON write bodies ({@link cn.dongguan.cfk.shared.JsonBodies}), and
 * the pieces of a search (query-parameter checks, bounding boxes, sort orders, pages, SQL conditions).
 */
package cn.dongguan.cfk.shared;
