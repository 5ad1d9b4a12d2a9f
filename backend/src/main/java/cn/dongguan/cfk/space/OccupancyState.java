package cn.dongguan.cfk.space;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields of a unit whose every change is an occupancy event (SPEC §3). */
record OccupancyState(
        String status,
        BigDecimal vacantAreaM2,
        BigDecimal rentYuanM2Month,
        LocalDate availableFrom,
        Long occupantEnterpriseId) {

    static OccupancyState of(SpaceUnit u) {
        return new OccupancyState(
                u.getStatus(),
                u.getVacantAreaM2(),
                u.getRentYuanM2Month(),
                u.getAvailableFrom(),
                u.getOccupantEnterpriseId());
    }

    boolean sameAs(OccupancyState other) {
        return Objects.equals(status, other.status)
                && compare(vacantAreaM2, other.vacantAreaM2)
                && compare(rentYuanM2Month, other.rentYuanM2Month)
                && Objects.equals(availableFrom, other.availableFrom)
                && Objects.equals(occupantEnterpriseId, other.occupantEnterpriseId);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("vacantAreaM2", vacantAreaM2);
        map.put("rentYuanM2Month", rentYuanM2Month);
        map.put("availableFrom", availableFrom == null ? null : availableFrom.toString());
        map.put("occupantEnterpriseId", occupantEnterpriseId);
        return map;
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
