/**
 * Factory buildings (楼栋/厂房) and their space units (可租售单元): footprints, floors, and each unit's
 * area, vacancy, height, floor load, power, rent and confirmation date. Park managers and
 * administrators add and change buildings and add units here, with the geometry rules of SPEC §4.
 * The public search for vacant space ({@code GET /api/spaces}) reads space_listing, the vacant units'
 * projection that database triggers keep in step; buildings are also listed and served to the web map.
 * A building under construction by a redevelopment project (view {@code future_supply}) lists its units
 * as future supply, available from the expected completion; the search includes or excludes them.
 * Public surface: {@link cn.dongguan.cfk.space.Freshness} (when a listing needs confirming, SPEC §7).
 */
package cn.dongguan.cfk.space;
