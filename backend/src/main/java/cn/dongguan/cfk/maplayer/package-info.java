/**
 * Map layers for the web map and for GIS tools (SPEC §5, issue 3): the web map's configuration
 * ({@code /api/map/config}: the basemap, {@link cn.dongguan.cfk.maplayer.MapProperties}, and the city's
 * extent) and its GeoJSON layers at {@code /api/map/{layer}} (the page itself is static, in the
 * frontend module), Mapbox vector tiles and TileJSON at {@code /tiles}, and OGC API – Features
 * (Part 1: Core, GeoJSON) at {@code /ogc}, for the public layers towns, parks, buildings and parcels
 * and the staff-only layer occupant-grades (occupied buildings by their occupants' 亩均 grade, issue 16),
 * which {@code LayerAccess} refuses to anyone else in every form.
 * {@link cn.dongguan.cfk.maplayer.Layers} is the one catalogue of layers, their attributes and their
 * queryable properties; everything that reaches SQL from a client is checked against it. Limits are
 * typed configuration ({@link cn.dongguan.cfk.maplayer.MapLayerProperties}). Reads only, in SQL
 * (JdbcClient); no occupants, no contacts; grades only in the staff-only layer.
 */
package cn.dongguan.cfk.maplayer;
