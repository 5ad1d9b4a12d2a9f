package cn.dongguan.cfk.standardland;

import java.math.BigDecimal;

/** The 标准地 indicators a parcel was supplied with (万元/亩; 吨标煤/万元); null: none set. */
record Indicators(
        BigDecimal minInvestmentWanYuanMu,
        BigDecimal minTaxWanYuanMu,
        BigDecimal minOutputWanYuanMu,
        BigDecimal maxEnergyTceWanYuan) {

    boolean none() {
        return minInvestmentWanYuanMu == null
                && minTaxWanYuanMu == null
                && minOutputWanYuanMu == null
                && maxEnergyTceWanYuan == null;
    }
}
