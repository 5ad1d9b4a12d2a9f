package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Land parcels: a block holds one parcel, a row of 2–5 parcels that share their side edges exactly
 * (cut from one rectangle, so they touch without gaps or overlaps), or a pair split by a 5 m road.
 * Parcels stay 4 m inside their block and measure 2.5–190 亩, most of them under 75 亩.
 */
final class ParcelLayout {

    static final double M2_PER_MU = 10_000.0 / 15;
    static final double MIN_MU = 2.5;
    static final double MAX_MU = 190;
    private static final double INSET_M = 4;
    private static final double ROAD_M = 5;
    private static final double MIN_STRIP_WIDTH_M = 15;

    private static final List<String> USES = List.of("M1", "M2", "M0", "M3", "W");
    private static final List<String> STATUSES =
            List.of("AVAILABLE", "RESERVE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");
    private static final List<Double> HEIGHT_LIMITS = List.of(24.0, 30.0, 36.0, 40.0, 45.0, 50.0, 60.0);

    private enum Mode {
        SINGLE,
        ROW,
        PAIR_WITH_ROAD
    }

    private final Rng rng;
    private final GeometryFactory gf;
    private final List<SampleData.Parcel> parcels = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    ParcelLayout(Rng rng, GeometryFactory gf) {
        this.rng = rng;
        this.gf = gf;
    }

    List<SampleData.Parcel> parcels() {
        return parcels;
    }

    /** Lays out at most {@code max} parcels in {@code block}; returns how many. */
    int fill(Block block, SampleData.Park park, SampleData.Town town, int max) {
        int count = 0;
        for (double[] r : rectangles(block)) {
            if (count == max) {
                break;
            }
            Polygon boundary = block.rectangle(gf, r[0], r[1], r[2], r[3]);
            double mu = boundary.getArea() / M2_PER_MU;
            if (mu >= MIN_MU && mu <= MAX_MU) {
                parcels.add(describe(boundary, mu, park, town));
                count++;
            }
        }
        return count;
    }

    /** Parcel rectangles {u0, v0, u1, v1} in block coordinates. */
    private List<double[]> rectangles(Block block) {
        double width = block.width() - 2 * INSET_M;
        double depth = block.depth() - 2 * INSET_M;
        Mode mode = rng.weighted(List.of(Mode.values()), 0.5, 0.37, 0.13);
        List<double[]> result = new ArrayList<>();
        if (mode == Mode.SINGLE) {
            double area = Math.min(drawMu() * M2_PER_MU, width * depth);
            double d = Math.min(depth, Math.max(Math.sqrt(area / rng.between(1.0, 1.8)), area / width));
            result.add(rect(0, d, area / d));
        } else if (mode == Mode.ROW) {
            int strips = rng.between(2, 5);
            double[] areas = new double[strips];
            double total = 0;
            for (int i = 0; i < strips; i++) {
                areas[i] = rng.logBetween(3, 40) * M2_PER_MU;
                total += areas[i];
            }
            double d = Math.rint(Math.min(depth, Math.sqrt(total / strips) * rng.between(0.9, 1.5)));
            double u = 0;
            for (int i = 0; i < strips; i++) {
                double w = Math.rint(Math.max(MIN_STRIP_WIDTH_M, areas[i] / d));
                if (u + w > width) {
                    break;
                }
                // The next strip starts exactly where this one ends: a shared edge, bit for bit.
                result.add(rect(u, d, w));
                u += w;
            }
        } else {
            double a1 = rng.logBetween(3, 60) * M2_PER_MU;
            double a2 = rng.logBetween(3, 60) * M2_PER_MU;
            double d = Math.rint(Math.min(depth, Math.sqrt((a1 + a2) / 2) * rng.between(0.9, 1.3)));
            double w1 = a1 / d;
            double w2 = a2 / d;
            double fit = Math.min(1, (width - ROAD_M) / (w1 + w2));
            w1 = Math.rint(w1 * fit);
            w2 = Math.floor(w2 * fit);
            result.add(rect(0, d, w1));
            result.add(rect(w1 + ROAD_M, d, w2));
        }
        return result;
    }

    private static double[] rect(double u, double depth, double width) {
        return new double[] {INSET_M + u, INSET_M, INSET_M + u + width, INSET_M + depth};
    }

    /** Mostly small and middling parcels, some large ones. */
    private double drawMu() {
        return rng.chance(0.55) ? rng.logBetween(3, 72) : rng.between(78, 185);
    }

    private SampleData.Parcel describe(Polygon boundary, double mu, SampleData.Park park, SampleData.Town town) {
        String use = rng.weighted(USES, 0.36, 0.34, 0.10, 0.08, 0.12);
        double ratioMin;
        double ratioMax;
        switch (use) {
            case "M0" -> {
                ratioMin = rng.between(2.0, 3.5);
                ratioMax = Math.min(6.0, ratioMin + rng.between(1.0, 2.5));
            }
            case "M3" -> {
                ratioMin = rng.between(0.8, 1.5);
                ratioMax = rng.between(Math.max(ratioMin, 1.5), 2.5);
            }
            case "W" -> {
                ratioMin = rng.between(1.0, 1.5);
                ratioMax = rng.between(1.5, 3.0);
            }
            default -> {
                ratioMin = rng.between(1.0, 2.0);
                ratioMax = rng.between(2.0, 4.0);
            }
        }
        ratioMin = Rounding.round(ratioMin, 1);
        ratioMax = Math.max(ratioMin, Rounding.round(ratioMax, 1));
        double height = "M0".equals(use) ? Rounding.toStep(rng.between(60, 100), 5) : rng.pick(HEIGHT_LIMITS);
        String status = rng.weighted(STATUSES, 0.35, 0.25, 0.14, 0.12, 0.14);
        String state = rng.chance("AVAILABLE".equals(status) ? 0.7 : 0.4) ? "READY" : "RAW";
        Integer supplyInDays = switch (status) {
            case "AVAILABLE" -> rng.between(-30, 120);
            case "RESERVE" -> rng.between(60, 365);
            default -> null;
        };
        double price = Rounding.round(mu * rng.between(60, 200), 2);
        int number = numbers.merge(town.code(), 1, Integer::sum);
        String parcelNo = String.format("DG2025-%s-%04d", town.abbreviation(), number);
        long id = parcels.size() + 1;
        return new SampleData.Parcel(
                id,
                parcelNo,
                park == null ? null : park.code(),
                town.code(),
                use,
                ratioMin,
                ratioMax,
                Rounding.round(rng.between(0.35, 0.6), 2),
                Rounding.round(rng.between(0.10, 0.20), 2),
                height,
                state,
                status,
                price,
                supplyInDays,
                boundary,
                StandardLand.indicators(id, use, status));
    }
}
