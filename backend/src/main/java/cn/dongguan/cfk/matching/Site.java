package cn.dongguan.cfk.matching;

/** Where a candidate is: its park (null outside the parks), town, and a point in EPSG:4547 metres. */
record Site(String parkCode, String townCode, double x, double y) {}
