package cn.dongguan.cfk.maplayer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web map's basemap (SPEC §4). None by default: many deployments run on closed networks, and the
 * map stands on town and park boundaries alone. The tiles must be WGS84/CGCS2000-aligned
 * (OpenStreetMap, 天地图); a GCJ-02 basemap would be off by hundreds of metres.
 *
 * @param basemapUrl         a Leaflet tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png,
 *                           or 天地图 with its key (…/vec_w/wmts?…&tk=KEY)
 * @param basemapAttribution shown in the map's corner, as the tile provider requires
 * @param basemapSubdomains  for {s} in the URL, e.g. 01234567 for 天地图's t0…t7
 * @param basemapMaxZoom     the deepest zoom the tiles exist for
 */
@ConfigurationProperties("cfk.map")
record MapProperties(String basemapUrl, String basemapAttribution, String basemapSubdomains, Integer basemapMaxZoom) {}
