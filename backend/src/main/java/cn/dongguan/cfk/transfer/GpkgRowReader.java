package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the first feature table of a GeoPackage (mil.nga.geopackage), row by row through its cursor:
 * the attribute columns (not the table's primary key) are the header, the geometry column the last
 * cell; the table's spatial reference system (organisation and code, such as EPSG 4547) is the CRS.
 */
final class GpkgRowReader extends GisRowReader {

    private final Path file;

    GpkgRowReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SourceRow> row) {
        Path copy = null;
        try {
            // the library takes a GeoPackage by its extension
            copy = Files.createTempFile("cfk-import-", ".gpkg");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            try (GeoPackage gpkg = open(copy)) {
                List<String> tables = gpkg.getFeatureTables();
                if (tables.isEmpty()) {
                    throw new FileRejected("GeoPackage 中没有要素表", "The GeoPackage has no feature table");
                }
                FeatureDao dao = gpkg.getFeatureDao(tables.get(0));
                crs = crs(dao.getSrs());
                String pk = dao.getTable().getPkColumnName();
                String geometryColumn = dao.getGeometryColumnName();
                List<String> names = new ArrayList<>();
                for (String c : dao.getColumnNames()) {
                    if (!c.equals(pk) && !c.equals(geometryColumn)) {
                        names.add(c);
                    }
                }
                GisRows rows = new GisRows(names);
                row.accept(rows.header());
                WKBReader wkb = new WKBReader();
                int number = 0;
                Map<String, Object> attributes = new HashMap<>();
                FeatureResultSet cursor = dao.query();
                try {
                    while (cursor.moveToNext()) {
                        FeatureRow feature = cursor.getRow();
                        attributes.clear();
                        for (String name : names) {
                            attributes.put(name, feature.getValue(name));
                        }
                        GeoPackageGeometryData data = feature.getGeometry();
                        Geometry geometry = null;
                        if (data != null && !data.isEmpty() && data.getWkb() != null) {
                            geometry = wkb.read(data.getWkb());
                        }
                        row.accept(rows.feature(++number, attributes, geometry));
                    }
                } finally {
                    cursor.close();
                }
            }
        } catch (ParseException e) {
            throw new FileRejected(
                    "GeoPackage 中有无法读取的几何：" + e.getMessage(),
                    "The GeoPackage holds an unreadable geometry: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }

    private static GeoPackage open(Path copy) {
        try {
            return GeoPackageManager.open(copy.toFile(), false);
        } catch (RuntimeException e) {
            throw new FileRejected(
                    "无法打开 GeoPackage：" + e.getMessage(), "The GeoPackage cannot be opened: " + e.getMessage());
        }
    }

    /** "EPSG:4547" for the table's srs; null when it is undefined (srs_id 0 or -1). */
    private static String crs(SpatialReferenceSystem srs) {
        if (srs == null || srs.getOrganizationCoordsysId() <= 0 || srs.getOrganization() == null) {
            return null;
        }
        return srs.getOrganization().toUpperCase(java.util.Locale.ROOT) + ":" + srs.getOrganizationCoordsysId();
    }
}
