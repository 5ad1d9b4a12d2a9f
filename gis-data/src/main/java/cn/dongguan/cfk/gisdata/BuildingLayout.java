package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Factory buildings: fills a block with rows of rectangular footprints (600–8,000 m²) separated by
 * lanes of at least 10 m, and describes each building. Footprints stay 6 m inside their block.
 */
final class BuildingLayout {

    static final double MIN_FOOTPRINT_M2 = 650;
    static final double MAX_FOOTPRINT_M2 = 7_800;
    private static final double INSET_M = 6;
    private static final double MIN_GAP_M = 10;

    private static final List<String> TYPES = List.of("标准厂房", "独立厂房", "多层厂房", "研发楼", "仓库");
    private static final double[] PARK_TYPE_WEIGHTS = {0.34, 0.24, 0.18, 0.06, 0.18};
    private static final double[] VILLAGE_TYPE_WEIGHTS = {0.32, 0.40, 0.10, 0.02, 0.16};
    private static final List<String> FIRE_CLASSES = List.of("丙", "丁", "戊", "乙", "甲");
    private static final List<Double> LIFT_TONNES = List.of(2.0, 3.0, 3.0, 5.0);

    private final Rng rng;
    private final GeometryFactory gf;
    private final List<SampleData.Building> buildings = new ArrayList<>();
    private final Map<String, Integer> houseNumbers = new HashMap<>();

    BuildingLayout(Rng rng, GeometryFactory gf) {
        this.rng = rng;
        this.gf = gf;
    }

    List<SampleData.Building> buildings() {
        return buildings;
    }

    /** Lays out at most {@code max} buildings in {@code block}, named "{label}{n}栋"; returns how many. */
    int fill(Block block, SampleData.Park park, SampleData.Town town, String label, int max) {
        List<double[]> footprints = footprints(block);
        int count = Math.min(max, footprints.size());
        for (int i = 0; i < count; i++) {
            double[] f = footprints.get(i);
            Polygon footprint = block.rectangle(gf, f[0], f[1], f[2], f[3]);
            buildings.add(describe(footprint, park, town, label + (i + 1) + "栋"));
        }
        return count;
    }

    /** Rows of footprints {u0, v0, u1, v1} in block coordinates. */
    private List<double[]> footprints(Block block) {
        List<double[]> footprints = new ArrayList<>();
        double v = INSET_M;
        while (true) {
            double depth = Math.rint(rng.between(30, 75));
            if (v + depth > block.depth() - INSET_M) {
                depth = Math.floor(block.depth() - INSET_M - v);
                if (depth < 25) {
                    break;
                }
            }
            double u = INSET_M;
            while (true) {
                double width = Math.rint(rng.between(22, 110));
                width = Math.max(width, Math.max(20, Math.ceil(MIN_FOOTPRINT_M2 / depth)));
                width = Math.min(width, Math.floor(MAX_FOOTPRINT_M2 / depth));
                if (u + width > block.width() - INSET_M) {
                    width = Math.floor(block.width() - INSET_M - u);
                    if (width < 20 || width * depth < MIN_FOOTPRINT_M2) {
                        break;
                    }
                }
                footprints.add(new double[] {u, v, u + width, v + depth});
                u += width + Math.rint(rng.between(MIN_GAP_M, 16));
            }
            v += depth + Math.rint(rng.between(12, 20));
        }
        return footprints;
    }

    private SampleData.Building describe(Polygon footprint, SampleData.Park park, SampleData.Town town, String name) {
        boolean inPark = park != null;
        String type = rng.weighted(TYPES, inPark ? PARK_TYPE_WEIGHTS : VILLAGE_TYPE_WEIGHTS);
        int floors = switch (type) {
            case "独立厂房" -> rng.chance(0.65) ? 1 : 2;
            case "仓库" -> rng.chance(0.85) ? 1 : 2;
            case "标准厂房" -> rng.weighted(List.of(1, 2, 3, 4), 0.25, 0.25, 0.3, 0.2);
            case "多层厂房" -> rng.weighted(List.of(3, 4, 5, 6, 7, 8), 0.2, 0.25, 0.25, 0.15, 0.1, 0.05);
            default -> rng.between(3, 8);
        };
        int yearBuilt = inPark ? rng.between(1998, 2024) : rng.between(1995, 2018);
        String structure;
        if (yearBuilt < 2006 && floors <= 4 && rng.chance(0.3)) {
            structure = "砖混结构";
        } else if (floors == 1) {
            structure = rng.chance(0.85) ? "钢结构" : "框架结构";
        } else {
            structure = rng.chance(0.92) ? "框架结构" : "钢结构";
        }
        String tenure = inPark ? (rng.chance(0.92) ? "国有" : "集体") : (rng.chance(0.75) ? "集体" : "国有");
        boolean title = rng.chance("国有".equals(tenure) ? 0.88 : 0.3);
        int lifts = floors == 1 ? 0 : floors <= 3 ? rng.between(1, 2) : rng.between(2, 4);
        Double tonnes = lifts == 0 ? null : rng.pick(LIFT_TONNES);
        String fire = rng.weighted(FIRE_CLASSES, 0.45, 0.25, 0.15, 0.12, 0.03);
        double floorArea = Rounding.round(footprint.getArea() * floors, 2);
        int number = houseNumbers.merge(town.code(), 1, Integer::sum);
        String address = "东莞市" + town.name() + "示例路" + number + "号";
        return new SampleData.Building(
                buildings.size() + 1,
                inPark ? park.code() : null,
                town.code(),
                name,
                address,
                type,
                floors,
                floorArea,
                structure,
                yearBuilt,
                tenure,
                title,
                lifts,
                tonnes,
                fire,
                footprint);
    }
}
