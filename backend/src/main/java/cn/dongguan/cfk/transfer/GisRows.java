package cn.dongguan.cfk.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * The rows of a GIS file (features: attributes and a geometry) as the rows of cells the import reads:
 * a header of the attribute names then {@code geometryWkt}; each feature its attributes by those names
 * and its geometry as WKT, in the file's coordinates. Header cells are numbered 0, features from 1.
 */
final class GisRows {

    static final String GEOMETRY = "geometryWkt";

    private final List<String> names;

    GisRows(List<String> names) {
        this.names = List.copyOf(names);
    }

    List<String> names() {
        return names;
    }

    SourceRow header() {
        List<Cell> cells = new ArrayList<>(names.size() + 1);
        for (String name : names) {
            cells.add(Cell.text(name));
        }
        cells.add(Cell.text(GEOMETRY));
        return new SourceRow(0, cells);
    }

    /** A feature: its attributes by name (numbers, text, booleans; null for none) and its geometry's WKT. */
    SourceRow feature(int number, Map<String, ?> attributes, String wkt) {
        List<Cell> cells = new ArrayList<>(names.size() + 1);
        for (String name : names) {
            cells.add(cell(attributes.get(name)));
        }
        cells.add(wkt == null ? Cell.EMPTY : Cell.text(wkt));
        return new SourceRow(number, cells);
    }

    /** A feature whose geometry its reader decoded: the geometry is handed on as it is (null or empty: none). */
    SourceRow feature(int number, Map<String, ?> attributes, Geometry geometry) {
        List<Cell> cells = new ArrayList<>(names.size() + 1);
        for (String name : names) {
            cells.add(cell(attributes.get(name)));
        }
        cells.add(geometry == null || geometry.isEmpty() ? Cell.EMPTY : Cell.geometry(geometry));
        return new SourceRow(number, cells);
    }

    static Cell cell(Object value) {
        if (value == null) {
            return Cell.EMPTY;
        }
        if (value instanceof Double || value instanceof Float) {
            return Cell.text(java.math.BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString());
        }
        return Cell.text(value.toString());
    }

    static String wkt(Geometry geometry) {
        return geometry == null || geometry.isEmpty() ? null : new WKTWriter().write(geometry);
    }
}
