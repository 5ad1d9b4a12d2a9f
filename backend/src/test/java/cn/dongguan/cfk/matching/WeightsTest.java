package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.shared.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightsTest {

    @Test
    void theDefaultsSumToAHundredInTheOrderOfTheCriteria() {
        Weights w = Weights.parse(null);
        assertThat(w.points().keySet())
                .containsExactly("area", "cost", "industry", "location", "readiness", "freshness");
        assertThat(w.points().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(100);
        assertThat(w.asText()).isEqualTo("area:25,cost:20,industry:20,location:15,readiness:10,freshness:10");
    }

    @Test
    void anOverrideReplacesTheDefaultsAndCriteriaLeftOutCountZero() {
        Weights w = Weights.parse(" area:60, cost:40 ");
        assertThat(w.of("area")).isEqualTo(60);
        assertThat(w.of("cost")).isEqualTo(40);
        assertThat(w.of("industry")).isZero();
        assertThat(Weights.parse("area:12.5,cost:12.5,industry:25,location:25,readiness:25")
                        .of("freshness"))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "area:30,cost:20",
                "area:30,price:70",
                "area:-10,cost:110",
                "area:50,area:50",
                "area=100",
                "area:abc",
                "area:100,",
                "area:NaN"
            })
    void badWeightsAreRefusedNamingTheParameter(String text) {
        assertThatThrownBy(() -> Weights.parse(text)).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.field()).isEqualTo("weights");
            assertThat(e.messageZh()).startsWith("权重有误");
        });
    }

    @Test
    void withTheGradeCriterionTheSiteCriteriaShareTheRestInWholePoints() {
        for (int grade : new int[] {0, 5, 10, 15, 33, 100}) {
            Weights w = Weights.withGrade(grade);
            assertThat(w.names())
                    .as("grade %d", grade)
                    .containsExactly("area", "cost", "industry", "location", "readiness", "freshness", "grade");
            assertThat(w.of("grade")).isEqualTo(grade);
            assertThat(w.points().values()).allSatisfy(v -> assertThat(v % 1).isZero());
            assertThat(w.points().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .as("grade %d", grade)
                    .isEqualTo(100);
            for (String site : Weights.NAMES) {
                assertThat(Math.abs(w.of(site) - Weights.DEFAULT.of(site) * (100 - grade) / 100))
                        .as("%s at grade %d", site, grade)
                        .isLessThan(1);
            }
        }
    }

    @Test
    void overTheGradeDefaultsTheGradeMayBeWeightedOrLeftOutButNotOtherwise() {
        Weights defaults = Weights.withGrade(10);
        assertThat(Weights.parse(null, defaults)).isEqualTo(defaults);
        Weights given = Weights.parse("area:50,cost:30,grade:20", defaults);
        assertThat(given.of("grade")).isEqualTo(20);
        assertThat(Weights.parse("area:60,cost:40", defaults).of("grade"))
                .as("left out: 0, and still answered")
                .isZero();
        assertThat(Weights.parse("area:60,cost:40", defaults).names()).contains("grade");
        assertThatThrownBy(() -> Weights.parse("area:90,grade:10"))
                .as("without the grade criterion (anyone but staff), grade is no criterion")
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("weights"));
    }
}
