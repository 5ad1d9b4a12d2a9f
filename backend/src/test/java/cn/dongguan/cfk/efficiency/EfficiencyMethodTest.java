package cn.dongguan.cfk.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.efficiency.EfficiencyMethod.Figures;
import cn.dongguan.cfk.efficiency.EfficiencyMethod.Graded;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grading method: weights decide the ranking, shares the grades; the published defaults. */
class EfficiencyMethodTest {

    static final EfficiencyProperties.Method DEFAULTS = new EfficiencyProperties(
                    new EfficiencyProperties.Method(
                            new BigDecimal("0.45"),
                            new BigDecimal("0.35"),
                            new BigDecimal("0.20"),
                            BigDecimal.ZERO,
                            new BigDecimal("0.20"),
                            new BigDecimal("0.40"),
                            new BigDecimal("0.05")),
                    new EfficiencyProperties.Policy(true, true, 10))
            .method();

    @Test
    void theScoreIsTheWeightedMeanOfThePercentileRanks() {
        // 1: the best tax, the worst revenue and energy (45); 2: the opposite (35 + 20); 3: the middle of all
        List<Figures> rows = List.of(
                new Figures(1, n(100), n(1), n(1), null),
                new Figures(2, n(1), n(100), n(100), null),
                new Figures(3, n(50), n(50), n(50), null));
        Map<Long, BigDecimal> scores = new EfficiencyMethod(DEFAULTS)
                .grade(rows).stream().collect(Collectors.toMap(Graded::id, Graded::score));
        assertThat(scores.get(1L)).isEqualByComparingTo("45");
        assertThat(scores.get(2L)).isEqualByComparingTo("55");
        assertThat(scores.get(3L)).isEqualByComparingTo("50");
    }

    @Test
    void theSharesGiveTheGradesAndARowWithoutFiguresIsNotEvaluated() {
        List<Figures> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new Figures(i, n(i), n(i), n(i), null));
        }
        rows.add(new Figures(99, null, null, null, n(1)));
        List<Graded> graded = new EfficiencyMethod(DEFAULTS).grade(rows);
        Map<Grade, Long> counts = graded.stream()
                .filter(g -> g.grade() != null)
                .collect(Collectors.groupingBy(Graded::grade, Collectors.counting()));
        assertThat(counts).isEqualTo(Map.of(Grade.A, 8L, Grade.B, 16L, Grade.C, 14L, Grade.D, 2L));
        assertThat(graded)
                .filteredOn(g -> g.id() == 40)
                .singleElement()
                .extracting(Graded::grade)
                .isEqualTo(Grade.A);
        assertThat(graded)
                .filteredOn(g -> g.id() == 1)
                .singleElement()
                .extracting(Graded::grade)
                .isEqualTo(Grade.D);
        assertThat(graded)
                .filteredOn(g -> g.id() == 99)
                .singleElement()
                .satisfies(g ->
                        assertThat(g.grade()).as("R&D has no weight by default").isNull());
    }

    @Test
    void fewRowsGetNoDUntilFivePercentIsARow() {
        List<Figures> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(new Figures(i, n(i), null, null, null));
        }
        assertThat(new EfficiencyMethod(DEFAULTS).grade(rows)).noneMatch(g -> g.grade() == Grade.D);
    }

    @Test
    void aMethodWhoseSharesExceedTheWholeIsRefused() {
        assertThatThrownBy(() -> new EfficiencyProperties.Method(
                        n(1), n(0), n(0), n(0), new BigDecimal("0.6"), new BigDecimal("0.5"), new BigDecimal("0.05")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }
}
