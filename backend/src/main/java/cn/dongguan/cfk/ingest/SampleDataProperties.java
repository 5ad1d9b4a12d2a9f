package cn.dongguan.cfk.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param load     load the sample data set into an empty database on start-up
 * @param location where the data set's files are (classpath: or file: folder, ending in /)
 */
@ConfigurationProperties("cfk.sample-data")
record SampleDataProperties(boolean load, String location) {}
