/**
 * Geometry input for inventory writes (SPEC §4): a GeoJSON {@code geometry} with an optional
 * {@code crs} and {@code repair} beside it, parsed, transformed to WGS84, validated and placed in
 * Dongguan by PostGIS. Public surface: {@link cn.dongguan.cfk.geometry.GeometryInput} (read and check
 * a write's geometry), {@link cn.dongguan.cfk.geometry.Placement} (town and park of a geometry),
 * {@link cn.dongguan.cfk.geometry.Subject} and {@link cn.dongguan.cfk.geometry.CheckedGeometry}.
 */
package cn.dongguan.cfk.geometry;
