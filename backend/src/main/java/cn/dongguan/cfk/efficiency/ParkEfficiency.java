package cn.dongguan.cfk.efficiency;

import java.math.BigDecimal;

/**
 * A park's 亩均 figures of a year, over the enterprises occupying its units: how many were evaluated
 * and graded A–D, and their mean 亩均税收 and 亩均营业收入 (万元/亩; null when none has the figure). {@code parkCode} null: the city's, over every enterprise
 * occupying a unit anywhere.
 */
record ParkEfficiency(
        String parkCode,
        int year,
        int occupants,
        int evaluated,
        int gradeA,
        int gradeB,
        int gradeC,
        int gradeD,
        BigDecimal meanTaxPerMu,
        BigDecimal meanRevenuePerMu) {}
