/**
 * What every feature shares: RFC 9457 problem responses in Chinese and English, GeoJSON output, and
 * the pieces of a search (query-parameter checks, bounding boxes, sort orders, pages, SQL conditions).
 */
package cn.dongguan.cfk.shared;
