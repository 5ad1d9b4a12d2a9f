package cn.dongguan.cfk.space;

import java.math.BigDecimal;

/** A checked new space unit of a building, with its first occupancy state. */
record NewUnit(
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal ceilingHeightM,
        BigDecimal floorLoadKgM2,
        BigDecimal powerKva,
        OccupancyState occupancy) {}
