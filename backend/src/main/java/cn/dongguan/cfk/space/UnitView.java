package cn.dongguan.cfk.space;

import cn.dongguan.cfk.enterprise.EnterpriseRef;
import cn.dongguan.cfk.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A space unit as the API shows it (SPEC §5); {@code occupant} only for staff, administrators and the
 * owning park manager.
 */
record UnitView(
        long id,
        long buildingId,
        String parkCode,
        String townCode,
        @JsonUnwrapped UnitTerms terms,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnterpriseRef occupant)
        implements Versioned {}
