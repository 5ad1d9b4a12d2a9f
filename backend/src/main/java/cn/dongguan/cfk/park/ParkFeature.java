package cn.dongguan.cfk.park;

import java.math.BigDecimal;
import java.util.List;

/** A park's properties on the map: its figures and a point inside it for the label. */
record ParkFeature(
        String code,
        String name,
        String level,
        List<String> towns,
        List<String> industries,
        BigDecimal floorAreaM2,
        BigDecimal vacantAreaM2,
        double vacancyRate,
        BigDecimal availableLandMu,
        double[] label) {}
