package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Where buildings and parcels go. Each park, and each town outside its parks, is cut into a street
 * grid of blocks ({@link BlockGrid}); a block holds either buildings or parcels, never both. Blocks
 * are separated by streets and parks and towns are kept apart by margins, so nothing overlaps and no
 * overlap test is needed, at any scale.
 */
final class SiteLayout {

    /** Park blocks keep this far inside the park boundary. */
    static final double PARK_EDGE_M = 20;
    /** Village blocks keep this far inside the town boundary (the data promises at least 50 m)… */
    static final double TOWN_EDGE_M = 80;
    /** …and this far from any park. */
    static final double PARK_CLEARANCE_M = 40;
    /** Rough yield of a block, to decide how many blocks a village estate needs. */
    private static final double BUILDINGS_PER_BLOCK = 9;

    private static final double PARCELS_PER_BLOCK = 2.5;
    private static final double BLOCKS_PER_VILLAGE_CLUSTER = 6;

    record Result(List<SampleData.Building> buildings, List<SampleData.Parcel> parcels) {}

    private final Rng rng;
    private final GeometryFactory gf;
    private final BuildingLayout buildings;
    private final ParcelLayout parcels;

    private SiteLayout(Rng rng, GeometryFactory gf) {
        this.rng = rng.split();
        this.gf = gf;
        this.buildings = new BuildingLayout(rng.split(), gf);
        this.parcels = new ParcelLayout(rng.split(), gf);
    }

    static Result lay(
            List<SampleData.Town> towns, List<SampleData.Park> parks, Scale scale, Rng rng, GeometryFactory gf) {
        SiteLayout layout = new SiteLayout(rng, gf);
        int[] shortfall = layout.layParks(towns, parks, scale);
        layout.layVillages(towns, parks, scale.villageBuildings + shortfall[0], scale.villageParcels + shortfall[1]);
        return new Result(layout.buildings.buildings(), layout.parcels.parcels());
    }

    /** Returns the buildings and parcels the parks had no room for. */
    private int[] layParks(List<SampleData.Town> towns, List<SampleData.Park> parks, Scale scale) {
        List<List<Block>> blocksPerPark = new ArrayList<>();
        for (SampleData.Park park : parks) {
            PreparedGeometry inside =
                    PreparedGeometryFactory.prepare(park.boundary().buffer(-PARK_EDGE_M));
            blocksPerPark.add(
                    BlockGrid.cut(park.boundary(), park.angle(), BlockGrid.INDUSTRIAL, rng, gf, inside::contains));
        }
        int[] weights = blocksPerPark.stream().mapToInt(List::size).toArray();
        int[] buildingTargets = share(scale.parkBuildings, weights);
        int[] parcelTargets = share(scale.parkParcels, weights);
        int[] shortfall = new int[2];
        for (int i = 0; i < parks.size(); i++) {
            SampleData.Park park = parks.get(i);
            SampleData.Town town = towns.stream()
                    .filter(t -> t.code().equals(park.townCode()))
                    .findFirst()
                    .orElseThrow();
            List<Block> blocks = new ArrayList<>(blocksPerPark.get(i));
            rng.shuffle(blocks);
            int[] made = fill(blocks, park, town, buildingTargets[i], parcelTargets[i]);
            shortfall[0] += buildingTargets[i] - made[0];
            shortfall[1] += parcelTargets[i] - made[1];
        }
        return shortfall;
    }

    /** 镇村工业园: clusters of blocks in each town, away from the town edge and from the parks. */
    private void layVillages(
            List<SampleData.Town> towns, List<SampleData.Park> parks, int buildingTotal, int parcelTotal) {
        Geometry parkZone = UnaryUnionOp.union(
                        parks.stream().map(p -> (Geometry) p.boundary()).toList())
                .buffer(PARK_CLEARANCE_M);
        PreparedGeometry nearPark = PreparedGeometryFactory.prepare(parkZone);
        List<List<Block>> blocksPerTown = new ArrayList<>();
        for (SampleData.Town town : towns) {
            PreparedGeometry inside =
                    PreparedGeometryFactory.prepare(town.boundary().buffer(-TOWN_EDGE_M));
            double angle = Math.toRadians(rng.between(-20.0, 20.0));
            blocksPerTown.add(BlockGrid.cut(
                    town.boundary(),
                    angle,
                    BlockGrid.INDUSTRIAL,
                    rng,
                    gf,
                    block -> inside.contains(block) && !nearPark.intersects(block)));
        }
        int[] weights = blocksPerTown.stream().mapToInt(List::size).toArray();
        int[] buildingTargets = share(buildingTotal, weights);
        int[] parcelTargets = share(parcelTotal, weights);
        for (int i = 0; i < towns.size(); i++) {
            int needed =
                    (int) Math.ceil(buildingTargets[i] / BUILDINGS_PER_BLOCK + parcelTargets[i] / PARCELS_PER_BLOCK);
            List<Block> blocks = clustered(blocksPerTown.get(i), needed);
            fill(blocks, null, towns.get(i), buildingTargets[i], parcelTargets[i]);
        }
    }

    /** The blocks ordered by distance from a few random cluster centres, so that estates form clusters. */
    private List<Block> clustered(List<Block> blocks, int needed) {
        if (blocks.isEmpty()) {
            return blocks;
        }
        int clusters = (int) Math.max(1, Math.round(needed / BLOCKS_PER_VILLAGE_CLUSTER));
        List<Coordinate> centres = new ArrayList<>();
        for (int i = 0; i < clusters; i++) {
            centres.add(centre(rng.pick(blocks)));
        }
        List<Block> ordered = new ArrayList<>(blocks);
        ordered.sort(Comparator.comparingDouble(b -> {
            Coordinate c = centre(b);
            return centres.stream().mapToDouble(c::distance).min().orElseThrow();
        }));
        return ordered;
    }

    private static Coordinate centre(Block b) {
        return b.toWorld(b.width() / 2, b.depth() / 2);
    }

    /** Fills blocks in order, keeping buildings and parcels in step with their targets; returns what was made. */
    private int[] fill(
            List<Block> blocks, SampleData.Park park, SampleData.Town town, int buildingTarget, int parcelTarget) {
        int madeBuildings = 0;
        int madeParcels = 0;
        int buildingBlocks = 0;
        for (Block block : blocks) {
            if (madeBuildings >= buildingTarget && madeParcels >= parcelTarget) {
                break;
            }
            boolean forBuildings = madeParcels >= parcelTarget
                    || (madeBuildings < buildingTarget
                            && progress(madeBuildings, buildingTarget) <= progress(madeParcels, parcelTarget));
            if (forBuildings) {
                buildingBlocks++;
                String label =
                        park != null ? blockLetters(buildingBlocks) : String.format("示例村%02d工业区", buildingBlocks);
                madeBuildings += buildings.fill(block, park, town, label, buildingTarget - madeBuildings);
            } else {
                madeParcels += parcels.fill(block, park, town, parcelTarget - madeParcels);
            }
        }
        return new int[] {madeBuildings, madeParcels};
    }

    private static double progress(int made, int target) {
        return target == 0 ? 1 : (double) made / target;
    }

    /** A, B, …, Z, AA, AB, … */
    static String blockLetters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            sb.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return sb.toString();
    }

    /** {@code total} split in proportion to {@code weights}, the parts adding up to exactly {@code total}. */
    static int[] share(int total, int[] weights) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        long cumulative = 0;
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            int upTo = sum == 0 ? 0 : (int) Math.round((double) total * cumulative / sum);
            parts[i] = upTo - given;
            given = upTo;
        }
        return parts;
    }
}
