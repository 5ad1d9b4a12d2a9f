package cn.dongguan.cfk.space;

import java.math.BigDecimal;

/** A unit as the lists of the people who keep it current name it: where it is, its size, status and rent. */
record UnitEntry(
        long id,
        long buildingId,
        String buildingName,
        String parkCode,
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal vacantAreaM2,
        String status,
        BigDecimal rentYuanM2Month) {}
