package cn.dongguan.cfk.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The imports' limits.
 *
 * @param maxFileSize the largest file an import takes (413 above it); spring.servlet.multipart's limits
 *                    follow it (application.yml)
 * @param threads     how many jobs validate or commit at once per app instance; more wait their turn
 * @param errorsShown how many errors a job's status lists (all of them: GET /api/imports/{id}/errors)
 * @param ogr2ogr     GDAL's ogr2ogr, which reads and writes zipped Shapefiles: a command on the PATH or a path
 */
@ConfigurationProperties("cfk.imports")
record ImportProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("2") int threads,
        @DefaultValue("1000") int errorsShown,
        @DefaultValue("ogr2ogr") String ogr2ogr) {}
