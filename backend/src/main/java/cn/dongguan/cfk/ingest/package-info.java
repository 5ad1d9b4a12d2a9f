/**
 * Getting data in: the sample data set of gis-data, loaded into an empty database on the first
 * start of the demo profile (and in the tests).
 */
package cn.dongguan.cfk.ingest;
