package cn.dongguan.cfk.space;

/**
 * A drawn footprint that would be accepted as it is: the town it lies in and its area on the
 * ellipsoid, rounded to the m².
 */
record FootprintCheck(String townCode, long footprintAreaM2) {}
