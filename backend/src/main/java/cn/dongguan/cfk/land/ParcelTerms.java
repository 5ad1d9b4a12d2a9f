package cn.dongguan.cfk.land;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a parcel offers (SPEC §5 names), as the search and the parcel's own page show it: its area in m²
 * and in 亩, its planning terms, status, price and supply date, and its 标准地 indicators (issue 16).
 */
record ParcelTerms(
        BigDecimal areaM2,
        BigDecimal areaMu,
        String planningUse,
        BigDecimal plotRatioMin,
        BigDecimal plotRatioMax,
        BigDecimal buildingDensity,
        BigDecimal greenRatio,
        BigDecimal heightLimitM,
        String developmentState,
        String status,
        BigDecimal referencePriceWanYuan,
        LocalDate earliestSupplyDate,
        BigDecimal minInvestmentWanYuanMu,
        BigDecimal minTaxWanYuanMu,
        BigDecimal minOutputWanYuanMu,
        BigDecimal maxEnergyTceWanYuan) {}
