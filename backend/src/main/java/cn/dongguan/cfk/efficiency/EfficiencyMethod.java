package cn.dongguan.cfk.efficiency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Grading a year's rows from their figures by the configured method (the one owner of that rule):
 * each weighted indicator is scored by the row's percentile rank among the rows that have it (0–100,
 * ties share the mean rank), the score is the weighted mean over the indicators the row has; rows
 * are ranked by score (ties by id), and the top {@code shareA} of them are A, the bottom {@code shareD}
 * D, the next {@code shareB} B, the rest C, each share of the rows rounded half up, a share of less than
 * one row taking none (5 % of 19 rows: no D; of 20: one). A row
 * with none of the weighted indicators is not evaluated.
 */
final class EfficiencyMethod {

    /** A row's figures; null for an indicator not given. */
    record Figures(
            long id, BigDecimal taxPerMu, BigDecimal revenuePerMu, BigDecimal energyValueAdded, BigDecimal rdShare) {}

    /** A row graded: its score (null and no grade: not evaluated). */
    record Graded(long id, Grade grade, BigDecimal score) {}

    private final EfficiencyProperties.Method method;

    EfficiencyMethod(EfficiencyProperties.Method method) {
        this.method = method;
    }

    List<Graded> grade(List<Figures> rows) {
        List<Indicator> indicators = List.of(
                new Indicator(method.taxPerMu(), Figures::taxPerMu),
                new Indicator(method.revenuePerMu(), Figures::revenuePerMu),
                new Indicator(method.energyValueAdded(), Figures::energyValueAdded),
                new Indicator(method.rdShare(), Figures::rdShare));
        Map<Long, double[]> sums = new HashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.weight.signum() == 0) {
                continue;
            }
            Map<Long, Double> ranks = percentiles(rows, indicator.value);
            double w = indicator.weight.doubleValue();
            ranks.forEach((id, rank) -> {
                double[] s = sums.computeIfAbsent(id, k -> new double[2]);
                s[0] += w * rank;
                s[1] += w;
            });
        }
        List<Graded> scored = new ArrayList<>();
        List<Graded> none = new ArrayList<>();
        for (Figures f : rows) {
            double[] s = sums.get(f.id());
            if (s == null) {
                none.add(new Graded(f.id(), null, null));
            } else {
                scored.add(
                        new Graded(f.id(), null, BigDecimal.valueOf(s[0] / s[1]).setScale(3, RoundingMode.HALF_UP)));
            }
        }
        scored.sort(Comparator.comparing(Graded::score).reversed().thenComparing(Graded::id));
        int n = scored.size();
        int a = share(n, method.shareA());
        int d = Math.min(n - a, share(n, method.shareD()));
        int b = Math.min(n - a - d, share(n, method.shareB()));
        List<Graded> graded = new ArrayList<>(rows.size());
        for (int i = 0; i < n; i++) {
            Grade grade = i < a ? Grade.A : i < a + b ? Grade.B : i >= n - d ? Grade.D : Grade.C;
            graded.add(new Graded(scored.get(i).id(), grade, scored.get(i).score()));
        }
        graded.addAll(none);
        return graded;
    }

    /** The number of rows a share of n takes. */
    private static int share(int n, BigDecimal share) {
        BigDecimal exact = share.multiply(BigDecimal.valueOf(n));
        return exact.setScale(0, exact.compareTo(BigDecimal.ONE) < 0 ? RoundingMode.DOWN : RoundingMode.HALF_UP)
                .intValue();
    }

    private static Map<Long, Double> percentiles(List<Figures> rows, Function<Figures, BigDecimal> value) {
        List<Figures> having = rows.stream()
                .filter(f -> value.apply(f) != null)
                .sorted(Comparator.comparing(value))
                .toList();
        Map<Long, Double> ranks = new HashMap<>();
        int m = having.size();
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && value.apply(having.get(j + 1)).compareTo(value.apply(having.get(i))) == 0) {
                j++;
            }
            double rank = m == 1 ? 100 : (i + j) / 2.0 / (m - 1) * 100;
            for (int k = i; k <= j; k++) {
                ranks.put(having.get(k).id(), rank);
            }
            i = j + 1;
        }
        return ranks;
    }

    private record Indicator(BigDecimal weight, Function<Figures, BigDecimal> value) {}
}
