package cn.dongguan.cfk.space;

import java.math.BigDecimal;
import java.time.Instant;

/** A listing its manager should confirm, oldest first. */
record ToConfirmItem(
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
        Instant lastConfirmedAt,
        long daysSinceConfirmed,
        boolean hiddenFromSearch,
        long version) {}
