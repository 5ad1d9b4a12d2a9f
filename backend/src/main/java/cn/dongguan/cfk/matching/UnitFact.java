package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A space unit as matching reads it. Null measurements are unknown, never zero. For future supply (a
 * building under construction, V220 {@code future_supply}) {@code expectedCompletion} is the project's
 * expected date and {@code availableFrom} no earlier; null for ordinary supply.
 */
record UnitFact(
        long id,
        long buildingId,
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal vacantAreaM2,
        Double ceilingHeightM,
        Double floorLoadKgM2,
        Double powerKva,
        Double rentYuanM2Month,
        String status,
        LocalDate availableFrom,
        Instant lastConfirmedAt,
        LocalDate expectedCompletion) {

    boolean vacant() {
        return "VACANT".equals(status) && vacantAreaM2.signum() > 0;
    }

    boolean fullyVacant() {
        return vacant() && vacantAreaM2.compareTo(areaM2) == 0;
    }

    boolean sameFloorsAs(UnitFact other) {
        return floorFrom == other.floorFrom && floorTo == other.floorTo;
    }

    String floors() {
        return floorFrom == floorTo ? Integer.toString(floorFrom) : floorFrom + "–" + floorTo;
    }
}
