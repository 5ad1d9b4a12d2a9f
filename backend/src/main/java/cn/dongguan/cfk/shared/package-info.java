/**
 * What every feature shares: RFC 9457 problem responses in Chinese and English
 * ({@link cn.dongguan.cfk.shared.ProblemException}, {@link cn.dongguan.cfk.shared.ProblemResponses}),
 * ETags ({@link cn.dongguan.cfk.shared.ETags}, {@link cn.dongguan.cfk.shared.Versioned}), GeoJSON
 * output, reading JSON write bodies ({@link cn.dongguan.cfk.shared.JsonBodies},
 * {@link cn.dongguan.cfk.shared.MergePatchMapping}), the domain rules several features apply (fire-hazard
 * classes, m² and 亩, Dongguan's extent), and the pieces of a search (query-parameter checks, bounding
 * boxes, sort orders, pages and their SQL: {@link cn.dongguan.cfk.shared.Paging#select}, rows read into
 * records: {@link cn.dongguan.cfk.shared.RecordRowMapper}, SQL conditions).
 */
package cn.dongguan.cfk.shared;
