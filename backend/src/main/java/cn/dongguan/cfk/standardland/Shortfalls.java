package cn.dongguan.cfk.standardland;

import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of a 达产 shortfall (issue 16): investment to date, the year's tax and output per 亩 of the
 * parcel below its minimums (compared exactly, {@link Units#comparePerMu}), or energy use per 万元 of
 * output above its maximum. An indicator the parcel does not set, or a figure not recorded, is not
 * checked; energy needs an output above 0.
 */
final class Shortfalls {

    private Shortfalls() {}

    static List<Shortfall> of(Indicators i, BigDecimal areaM2, CheckFields f) {
        List<Shortfall> out = new ArrayList<>();
        perMu(
                out,
                "investmentIntensity",
                "投资强度",
                "Investment intensity",
                i.minInvestmentWanYuanMu(),
                f.investmentWanYuan(),
                areaM2);
        perMu(out, "taxPerMu", "亩均税收", "Tax per mu", i.minTaxWanYuanMu(), f.taxWanYuan(), areaM2);
        perMu(out, "outputPerMu", "亩均产值", "Output per mu", i.minOutputWanYuanMu(), f.outputWanYuan(), areaM2);
        BigDecimal max = i.maxEnergyTceWanYuan();
        BigDecimal energy = f.energyTce();
        BigDecimal output = f.outputWanYuan();
        if (max != null
                && energy != null
                && output != null
                && output.signum() > 0
                && energy.compareTo(max.multiply(output)) > 0) {
            BigDecimal actual = energy.divide(output, 4, RoundingMode.HALF_UP);
            out.add(new Shortfall(
                    "energyPerOutput",
                    "吨标煤/万元",
                    max,
                    actual,
                    actual.subtract(max),
                    "单位产值能耗 " + plain(actual) + " 吨标煤/万元，高于标准地允许的 " + plain(max) + " 吨标煤/万元",
                    "Energy use per output " + plain(actual) + " tce/万元, above the " + plain(max)
                            + " tce/万元 the standard land allows"));
        }
        return out;
    }

    private static void perMu(
            List<Shortfall> out,
            String key,
            String zh,
            String en,
            BigDecimal min,
            BigDecimal amount,
            BigDecimal areaM2) {
        if (min == null || amount == null || Units.comparePerMu(amount, areaM2, min) >= 0) {
            return;
        }
        BigDecimal actual = Units.perMu(amount, areaM2);
        out.add(new Shortfall(
                key,
                "万元/亩",
                min,
                actual,
                min.subtract(actual),
                zh + " " + plain(actual) + " 万元/亩，低于标准地要求的 " + plain(min) + " 万元/亩",
                en + " " + plain(actual) + " 万元/mu, below the " + plain(min) + " 万元/mu the standard land requires"));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
