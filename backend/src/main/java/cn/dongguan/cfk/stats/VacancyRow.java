package cn.dongguan.cfk.stats;

import java.math.BigDecimal;

/**
 * The stock and its vacancy of one group (park, town, industry, building type or the city) at the end
 * of a day; {@code nameEn} is null for parks, {@code avgAskingRentYuanM2Month} when no listing asks a rent.
 */
record VacancyRow(
        String code,
        String name,
        String nameEn,
        int buildings,
        BigDecimal floorAreaM2,
        BigDecimal vacantAreaM2,
        double vacancyRate,
        int listings,
        BigDecimal avgAskingRentYuanM2Month) {}
