package cn.dongguan.cfk.matching;

/** A WGS84 position, longitude first as in GeoJSON. */
record GeoPoint(double lon, double lat) {}
