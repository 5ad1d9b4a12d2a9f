package cn.dongguan.cfk.geometry;

import org.locationtech.jts.geom.Geometry;

/**
 * A write's geometry after the checks of SPEC §4: WGS84 (SRID 4326), valid, of its subject's type
 * (a Polygon for buildings, a MultiPolygon for parcels), inside Dongguan's extent.
 *
 * @param areaM2   the area on the ellipsoid (geography), in m²
 * @param repaired whether ST_MakeValid changed it because the caller asked for repair
 */
record CheckedGeometry(Geometry geometry, double areaM2, boolean repaired) {}
