package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.efficiency.EfficiencyProperties;
import org.junit.jupiter.api.Test;

/**
 * The policy's switch for the grade criterion (cfk.efficiency.policy.favour-a-b, issue 16): on, staff's
 * and administrators' default weights carry the criterion at the configured weight; off, or for anyone
 * else, the six site criteria only. A weight outside 0–100 is refused at start.
 */
class GradeCriterionPolicyTest {

    @Test
    void onStaffWeighTheGradeAtThePolicysWeight() {
        Weights w = MatchingService.defaultWeights(true, new EfficiencyProperties.Policy(true, true, 20));
        assertThat(w.hasGrade()).isTrue();
        assertThat(w.of(Weights.GRADE)).isEqualTo(20);
        assertThat(w.points().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(100);
    }

    @Test
    void offOrForAnyoneElseTheSiteCriteriaOnly() {
        assertThat(MatchingService.defaultWeights(true, new EfficiencyProperties.Policy(true, false, 10)))
                .isEqualTo(Weights.DEFAULT);
        assertThat(MatchingService.defaultWeights(false, new EfficiencyProperties.Policy(true, true, 10)))
                .isEqualTo(Weights.DEFAULT);
        assertThat(Weights.DEFAULT.hasGrade()).isFalse();
    }

    @Test
    void aGradeWeightOutsideAHundredPointsIsRefused() {
        assertThatThrownBy(() -> new EfficiencyProperties.Policy(true, true, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grade-weight");
        assertThatThrownBy(() -> new EfficiencyProperties.Policy(true, true, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
