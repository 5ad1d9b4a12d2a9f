/**
 * What the web map at / needs beyond its layers: its configuration (the basemap and the city's extent).
 * The layers ({@code /api/map/towns|parks|buildings|parcels}) come from the maplayer catalogue; the
 * page itself is static, in the frontend module.
 */
package cn.dongguan.cfk.webmap;
