package cn.dongguan.cfk.stats;

import java.math.BigDecimal;

/** The floor area and vacancy of one park, town or industry; {@code nameEn} is null for parks. */
record VacancyRow(
        String code,
        String name,
        String nameEn,
        int buildings,
        BigDecimal floorAreaM2,
        BigDecimal vacantAreaM2,
        double vacancyRate,
        int vacantUnits) {}
