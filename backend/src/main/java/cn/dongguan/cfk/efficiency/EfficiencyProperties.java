package cn.dongguan.cfk.efficiency;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 亩均效益 method and the differentiated-allocation policy ({@code cfk.efficiency}). The defaults are
 * a published method (淮安's: 亩均税收 45 %, 亩均销售收入 35 %, 绿色发展 20 %; A the top 20 %, D the bottom
 * 5 %), not Dongguan's official rules: set the bureau's own in the configuration.
 *
 * @param method how the app grades a year's rows that carry figures but no grade
 * @param policy how matching treats a project's enterprise by its latest grade
 */
@ConfigurationProperties("cfk.efficiency")
public record EfficiencyProperties(
        @DefaultValue Method method, @DefaultValue Policy policy) {

    /**
     * The indicators' weights (0 leaves an indicator out; the weights of the indicators a row has are
     * scaled to sum to 1) and the grades' shares of the rows graded: A the top {@code shareA}, B the next
     * {@code shareB}, D the bottom {@code shareD}, C the rest.
     *
     * @param taxPerMu          亩均税收 (万元/亩)
     * @param revenuePerMu      亩均营业收入 (万元/亩)
     * @param energyValueAdded  单位能耗增加值 (万元/吨标准煤), the green-development indicator
     * @param rdShare           R&D spending as a share of revenue
     */
    public record Method(
            @DefaultValue("0.45") BigDecimal taxPerMu,
            @DefaultValue("0.35") BigDecimal revenuePerMu,
            @DefaultValue("0.20") BigDecimal energyValueAdded,
            @DefaultValue("0") BigDecimal rdShare,
            @DefaultValue("0.20") BigDecimal shareA,
            @DefaultValue("0.40") BigDecimal shareB,
            @DefaultValue("0.05") BigDecimal shareD) {

        public Method {
            for (BigDecimal w : new BigDecimal[] {taxPerMu, revenuePerMu, energyValueAdded, rdShare}) {
                if (w.signum() < 0) {
                    throw new IllegalArgumentException("cfk.efficiency.method: a weight is negative");
                }
            }
            if (taxPerMu.add(revenuePerMu).add(energyValueAdded).add(rdShare).signum() == 0) {
                throw new IllegalArgumentException("cfk.efficiency.method: every weight is 0");
            }
            if (shareA.signum() < 0
                    || shareB.signum() < 0
                    || shareD.signum() < 0
                    || shareA.add(shareB).add(shareD).compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(
                        "cfk.efficiency.method: the shares of A, B and D must sum to at most 1");
            }
        }
    }

    /**
     * @param dGradeNoNewLand   a D-grade enterprise is not eligible for new land (a hard filter of land matching)
     * @param favourAB          A and B grades rank higher: the criterion {@code grade} of staff's matches
     * @param gradeWeight       the criterion's default weight, points of 100 (the site criteria's defaults
     *                          are scaled to the rest)
     */
    public record Policy(
            @DefaultValue("true") boolean dGradeNoNewLand,
            @DefaultValue("true") boolean favourAB,
            @DefaultValue("10") int gradeWeight) {

        public Policy {
            if (gradeWeight < 0 || gradeWeight > 100) {
                throw new IllegalArgumentException("cfk.efficiency.policy.grade-weight must be between 0 and 100");
            }
        }
    }
}
