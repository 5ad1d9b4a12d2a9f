package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Cuts an area into a street grid of blocks of varying size. Blocks are separated by streets, so
 * blocks never overlap; the caller's test decides which blocks are usable (inside, away from edges).
 */
final class BlockGrid {

    record Sizes(
            double minWidth, double maxWidth, double minDepth, double maxDepth, double minStreet, double maxStreet) {}

    static final Sizes INDUSTRIAL = new Sizes(150, 420, 120, 300, 18, 30);

    private BlockGrid() {}

    /** The blocks of a grid turned by {@code angle} over {@code area}'s extent that pass {@code usable}, row by row. */
    static List<Block> cut(
            Geometry area, double angle, Sizes sizes, Rng rng, GeometryFactory gf, Predicate<Polygon> usable) {
        Envelope extent = area.getEnvelopeInternal();
        double cx = extent.centre().x;
        double cy = extent.centre().y;
        AffineTransformation toGrid = AffineTransformation.translationInstance(-cx, -cy)
                .rotate(StrictMath.sin(-angle), StrictMath.cos(-angle));
        Envelope gridExtent = toGrid.transform(area).getEnvelopeInternal();

        List<double[]> columns =
                spans(gridExtent.getMinX(), gridExtent.getMaxX(), sizes.minWidth(), sizes.maxWidth(), sizes, rng);
        List<double[]> rows =
                spans(gridExtent.getMinY(), gridExtent.getMaxY(), sizes.minDepth(), sizes.maxDepth(), sizes, rng);
        List<Block> blocks = new ArrayList<>();
        for (double[] row : rows) {
            for (double[] column : columns) {
                Block block = new Block(cx, cy, angle, column[0], row[0], column[1], row[1]);
                if (usable.test(block.polygon(gf))) {
                    blocks.add(block);
                }
            }
        }
        return blocks;
    }

    /** Consecutive {start, length} spans from {@code from} to {@code to}, a street between each two. */
    private static List<double[]> spans(double from, double to, double min, double max, Sizes sizes, Rng rng) {
        List<double[]> spans = new ArrayList<>();
        double at = from + rng.between(sizes.minStreet(), sizes.maxStreet());
        while (at < to) {
            double length = Math.rint(rng.between(min, max));
            spans.add(new double[] {at, length});
            at += length + Math.rint(rng.between(sizes.minStreet(), sizes.maxStreet()));
        }
        return spans;
    }
}
