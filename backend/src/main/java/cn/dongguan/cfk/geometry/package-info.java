/**
 * The write pipeline of inventory geometries (SPEC §4): a GeoJSON {@code geometry} with an optional
 * {@code crs} and {@code repair} beside it, parsed, transformed to WGS84 and validated by PostGIS,
 * then placed in its park and town, clear of the other features of its kind. Public surface:
 * {@link cn.dongguan.cfk.geometry.Footprints} (the pipeline), {@link cn.dongguan.cfk.geometry.Subject}
 * (a building's footprint or a parcel's boundary), {@link cn.dongguan.cfk.geometry.GeometryMembers}
 * (for the records write bodies bind to), {@link cn.dongguan.cfk.geometry.InventoryInput} (the
 * limits inventory write bodies share), {@link cn.dongguan.cfk.geometry.VertexLimit} (the most vertices
 * any written geometry may have, for other writers and imports to check per row) and {@link cn.dongguan.cfk.geometry.PlacedFeature} (the columns
 * of a stored feature the pipeline reads and writes, for the building and parcel entities).
 */
package cn.dongguan.cfk.geometry;
