/**
 * The land bank (土地库): parcels with their planning use, plot ratio, status and supply date, added and
 * changed by park managers and administrators with the geometry rules of SPEC §4, searched by anyone
 * ({@code GET /api/parcels}) and served to the web map by bounding box. Public surface:
 * {@link cn.dongguan.cfk.land.ParcelCriteria} (the land search's filters, which the web map's parcel
 * layer takes too).
 */
package cn.dongguan.cfk.land;
