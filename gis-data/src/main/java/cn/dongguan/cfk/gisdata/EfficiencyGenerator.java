package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Invented 亩均效益 results of one year (issue 16): for nine in ten enterprises, figures in keeping
 * with the enterprise's grade (A: 亩均税收 40–90 万元/亩, B 20–40, C 8–20, D 1–8; 亩均营业收入 15–25 times
 * the tax; 单位能耗增加值 and the R&D share falling with the grade), graded by the bureau. Drawn from a
 * stream of its own, so the other files do not change.
 */
final class EfficiencyGenerator {

    static final int YEAR = 2025;

    /** One enterprise's result of {@link #YEAR}. */
    record Result(
            long enterpriseId,
            String creditCode,
            int year,
            String grade,
            double taxPerMu,
            double revenuePerMu,
            double energyValueAdded,
            double rdShare,
            double landAreaMu) {}

    private EfficiencyGenerator() {}

    static List<Result> generate(List<SampleData.Enterprise> enterprises, long seed) {
        Rng rng = new Rng(seed ^ 0x16A16AL);
        List<Result> results = new ArrayList<>();
        for (SampleData.Enterprise e : enterprises) {
            if (e.grade() == null || !rng.chance(0.9)) {
                continue;
            }
            double[] tax = switch (e.grade()) {
                case "A" -> new double[] {40, 90};
                case "B" -> new double[] {20, 40};
                case "C" -> new double[] {8, 20};
                default -> new double[] {1, 8};
            };
            int rank = "ABCD".indexOf(e.grade());
            double taxPerMu = rng.between(tax[0], tax[1]);
            results.add(new Result(
                    e.id(),
                    e.creditCode(),
                    YEAR,
                    e.grade(),
                    taxPerMu,
                    taxPerMu * rng.between(15, 25),
                    rng.between(0.5, 1.5) * (4 - rank),
                    rng.between(0.005, 0.02) * (4 - rank),
                    rng.logBetween(8, 120)));
        }
        return results;
    }
}
