package cn.dongguan.cfk.transfer;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a file of one format as rows of cells, streaming: the first non-empty row is the header
 * (each column's label or JSON name). A format that carries geometry gives it as a cell of the
 * {@code geometryWkt} column. Problems of the whole file are {@link FileRejected}, thrown while
 * reading, or found at the end ({@link #problems()}, such as merged cells).
 */
interface RowReader extends Closeable {

    /** Gives every row, in file order, to {@code row}. */
    void read(Consumer<SourceRow> row);

    /** Problems of the file found while reading it, that refuse it as a whole. */
    default List<RowError> problems() {
        return List.of();
    }

    /** The character set the text was read in, when the format has one (CSV). */
    default String encoding() {
        return null;
    }

    /** Whether a spreadsheet counts dates from 1904 (Excel for Mac's old default); known once reading began. */
    default boolean date1904() {
        return false;
    }

    /**
     * The coordinate system the file declares for its geometries (a GIS file's .prj, GPKG srs or
     * GeoJSON crs), as the file names it; null when it declares none. Known once reading ended.
     */
    default String crs() {
        return null;
    }

    /**
     * Whether the format carries each row's geometry as its last cell ({@code geometryWkt}, blank for
     * none), whether or not the layer takes one.
     */
    default boolean spatial() {
        return false;
    }

    @Override
    default void close() {}
}
