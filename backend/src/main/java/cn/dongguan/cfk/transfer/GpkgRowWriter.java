package cn.dongguan.cfk.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes a GeoPackage (mil.nga.geopackage) of one feature table in EPSG:4326: a primary key
 * {@code fid}, the attribute columns by their JSON names, the geometry {@code geom}. SQLite needs a
 * file: it is built in a temporary one, in one transaction, and copied to the stream when closed.
 */
final class GpkgRowWriter implements RowWriter {

    private static final long WGS84 = 4326;

    private final OutputStream out;
    private final String table;
    private final ZoneId zone;
    private final Path file;
    private final GeoPackage gpkg;
    private final WKBWriter wkb = new WKBWriter();
    private GisFeatures features;
    private FeatureDao dao;

    GpkgRowWriter(OutputStream out, String table, ZoneId zone) {
        this.out = out;
        this.table = table;
        this.zone = zone;
        try {
            Path dir = Files.createTempDirectory("cfk-gpkg-");
            this.file = dir.resolve(table + ".gpkg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeoPackageManager.create(file.toFile());
        this.gpkg = GeoPackageManager.open(file.toFile());
    }

    @Override
    public void header(List<Column> columns) {
        features = new GisFeatures(columns, zone);
        GeometryColumns geometry = new GeometryColumns();
        geometry.setTableName(table);
        geometry.setColumnName("geom");
        geometry.setGeometryType(GeometryType.GEOMETRY);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrsId(WGS84);
        List<FeatureColumn> attributes = new ArrayList<>();
        for (Column c : features.attributes()) {
            attributes.add(FeatureColumn.createColumn(c.name(), type(c.type())));
        }
        gpkg.createFeatureTable(
                FeatureTableMetadata.create(geometry, "fid", attributes, new BoundingBox(113.45, 22.5, 114.3, 23.2)));
        dao = gpkg.getFeatureDao(table);
        gpkg.beginTransaction();
    }

    private static GeoPackageDataType type(ColumnType type) {
        return switch (type) {
            case INTEGER -> GeoPackageDataType.INTEGER;
            case DECIMAL -> GeoPackageDataType.REAL;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            default -> GeoPackageDataType.TEXT;
        };
    }

    @Override
    public void row(List<Object> row) {
        FeatureRow feature = dao.newRow();
        List<Column> attributes = features.attributes();
        List<Object> values = features.values(row);
        for (int i = 0; i < attributes.size(); i++) {
            feature.setValue(attributes.get(i).name(), value(attributes.get(i).type(), values.get(i)));
        }
        Geometry geometry = features.geometry(row);
        if (geometry != null) {
            try {
                feature.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(WGS84, wkb.write(geometry)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        dao.insert(feature);
    }

    private static Object value(ColumnType type, Object v) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> ((Number) v).longValue();
            case DECIMAL -> v instanceof BigDecimal d ? d.doubleValue() : ((Number) v).doubleValue();
            case BOOLEAN -> (Boolean) v;
            default -> v.toString();
        };
    }

    @Override
    public void close() {
        try {
            if (gpkg.inTransaction()) {
                gpkg.endTransaction(true);
            }
            gpkg.close();
            Files.copy(file, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
    }
}
