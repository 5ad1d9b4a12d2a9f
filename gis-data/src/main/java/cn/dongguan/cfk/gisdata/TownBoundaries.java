package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Schematic town boundaries: the Voronoi cells of the town centres, clipped to a schematic city
 * outline (the centres' convex hull grown by about 0.04°). Not the real boundaries.
 */
final class TownBoundaries {

    private static final double OUTLINE_MARGIN_M = 4_100;

    private TownBoundaries() {}

    /** One polygon per centre, in the same order, in metres. */
    static List<Polygon> build(List<TownCatalogue.TownCentre> centres, LocalProjection projection, GeometryFactory gf) {
        List<Coordinate> sites = new ArrayList<>();
        for (TownCatalogue.TownCentre c : centres) {
            sites.add(new Coordinate(projection.x(c.lon()), projection.y(c.lat())));
        }
        Geometry hull =
                gf.createMultiPointFromCoords(sites.toArray(Coordinate[]::new)).convexHull();
        Geometry outline = hull.buffer(OUTLINE_MARGIN_M, 4, BufferParameters.CAP_ROUND);

        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites);
        Envelope clip = outline.getEnvelopeInternal();
        clip.expandBy(OUTLINE_MARGIN_M * 4);
        voronoi.setClipEnvelope(clip);
        Geometry cells = voronoi.getDiagram(gf);

        // Clipping each cell on its own would compute the points where a shared edge leaves the outline
        // twice, perhaps differently in the last bit. Noding all edges together and polygonizing gives
        // every shared edge exactly the same vertices on both sides, so the towns tile the outline.
        List<Geometry> lines = new ArrayList<>();
        lines.add(outline.getBoundary());
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            lines.add(cells.getGeometryN(i).getBoundary());
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(UnaryUnionOp.union(lines));
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();

        List<Polygon> towns = new ArrayList<>();
        for (Coordinate site : sites) {
            Point p = gf.createPoint(site);
            Polygon town = (Polygon) faces.stream()
                    .filter(f -> f.contains(p))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no cell around " + site))
                    .copy();
            if (!outline.contains(town.getInteriorPoint()) || !town.isValid()) {
                throw new IllegalStateException("bad town cell around " + site);
            }
            // The polygonizer's rings start at no particular vertex; fix the start for repeatable runs.
            town.normalize();
            towns.add(town);
        }
        return towns;
    }
}
