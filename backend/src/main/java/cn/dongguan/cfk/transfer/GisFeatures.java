package cn.dongguan.cfk.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * What the GIS writers share: which column is the geometry ({@code geometryWkt}, WGS84), the
 * attribute columns beside it, and attribute values as a GIS file holds them (moments as Dongguan
 * time, dates as ISO text).
 */
final class GisFeatures {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final int geometryIndex;
    private final List<Column> attributes;
    private final ZoneId zone;

    GisFeatures(List<Column> columns, ZoneId zone) {
        int index = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(GisRows.GEOMETRY)) {
                index = i;
            }
        }
        this.geometryIndex = index;
        int skip = index;
        this.attributes = java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> i != skip)
                .mapToObj(columns::get)
                .toList();
        this.zone = zone;
    }

    List<Column> attributes() {
        return attributes;
    }

    /** The row's attribute values, in the order of {@link #attributes()}. */
    List<Object> values(List<Object> row) {
        return java.util.stream.IntStream.range(0, row.size())
                .filter(i -> i != geometryIndex)
                .mapToObj(i -> value(row.get(i)))
                .toList();
    }

    /** The row's geometry, or null. */
    Geometry geometry(List<Object> row) {
        if (geometryIndex < 0 || row.get(geometryIndex) == null) {
            return null;
        }
        try {
            return new WKTReader().read(row.get(geometryIndex).toString());
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS wrote unreadable WKT", e);
        }
    }

    private Object value(Object v) {
        if (v instanceof Instant i) {
            return MOMENT.format(i.atZone(zone));
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v;
    }
}
