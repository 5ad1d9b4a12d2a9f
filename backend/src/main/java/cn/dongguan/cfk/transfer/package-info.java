/**
 * Data in and out (issue 11): imports of the inventory layers as jobs (validated in the background,
 * previewed, committed in one transaction), their templates, and exports. One column catalogue
 * ({@link cn.dongguan.cfk.transfer.Catalogue}) drives headers, templates, exports and import parsing.
 * Formats are seams: a {@link cn.dongguan.cfk.transfer.RowReader} per format gives rows of cells, a
 * {@link cn.dongguan.cfk.transfer.RowWriter} per format takes them (spreadsheets here: .xlsx and CSV).
 * Rows are checked by the features' own rules (space's InventoryRules, land's ParcelRules,
 * enterprise's EnterpriseRules, geometry's Footprints, security's CurrentViewer), staged and compared
 * in PostgreSQL (V80__imports.sql) and written set-based. Public surface: none; its API is HTTP.
 */
package cn.dongguan.cfk.transfer;
