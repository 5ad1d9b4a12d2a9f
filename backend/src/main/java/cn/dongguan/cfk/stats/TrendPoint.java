package cn.dongguan.cfk.stats;

import java.math.BigDecimal;

/** One period of a trend: the stock at its end and the flows during it (docs/statistics.md). */
record TrendPoint(
        String period,
        BigDecimal floorAreaM2,
        BigDecimal newSupplyM2,
        BigDecimal removedM2,
        BigDecimal vacantAreaM2,
        double vacancyRate,
        BigDecimal takeUpM2,
        BigDecimal releasedM2,
        BigDecimal netAbsorptionM2,
        BigDecimal avgAskingRentYuanM2Month,
        int listings) {}
