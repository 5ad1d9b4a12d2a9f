package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A space unit as the API shows it (SPEC §5). {@code stale} means not confirmed for 60 days (待核实);
 * {@code occupant} only for staff, administrators and the owning park manager.
 */
record UnitView(
        long id,
        long buildingId,
        String parkCode,
        String townCode,
        int floorFrom,
        int floorTo,
        BigDecimal areaM2,
        BigDecimal vacantAreaM2,
        BigDecimal ceilingHeightM,
        BigDecimal floorLoadKgM2,
        BigDecimal powerKva,
        BigDecimal rentYuanM2Month,
        String status,
        LocalDate availableFrom,
        Instant lastConfirmedAt,
        boolean stale,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnterpriseRef occupant) {}
