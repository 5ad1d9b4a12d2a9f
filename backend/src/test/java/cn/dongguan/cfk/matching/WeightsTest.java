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
}
