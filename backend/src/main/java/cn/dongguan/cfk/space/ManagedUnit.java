package cn.dongguan.cfk.space;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A unit as its park's manager (or staff) works on it: with its occupant and freshness. */
record ManagedUnit(
        long id,
        long buildingId,
        String buildingName,
        String parkCode,
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal vacantAreaM2,
        String status,
        BigDecimal rentYuanM2Month,
        LocalDate availableFrom,
        Long occupantEnterpriseId,
        String occupantName,
        Instant lastConfirmedAt,
        boolean stale,
        boolean hiddenFromSearch,
        long version) {}
