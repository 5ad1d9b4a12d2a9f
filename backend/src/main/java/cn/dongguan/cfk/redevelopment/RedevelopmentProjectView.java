package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.shared.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A redevelopment project (更新项目) with its area and stage, and the buildings it is putting up: while
 * it is 在建 they are under construction and their units future supply, available from the expected
 * completion.
 */
record RedevelopmentProjectView(
        long id,
        long areaId,
        String areaName,
        String name,
        RedevelopmentStage stage,
        String stageZh,
        BigDecimal expectedFloorAreaM2,
        LocalDate expectedCompletion,
        List<Long> buildingIds,
        long version)
        implements Versioned {}
