package cn.dongguan.cfk.park;

import java.math.BigDecimal;
import java.util.List;

/** A park as listed, with the figures derived from its buildings, units and parcels. */
record ParkSummary(
        String code,
        String name,
        List<String> towns,
        String level,
        List<String> industries,
        BigDecimal floorAreaM2,
        BigDecimal vacantAreaM2,
        double vacancyRate,
        BigDecimal availableLandMu) {}
