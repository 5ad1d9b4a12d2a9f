package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.shared.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A redevelopment project (更新项目) with its area and stage. */
record RedevelopmentProjectView(
        long id,
        long areaId,
        String areaName,
        String name,
        RedevelopmentStage stage,
        String stageZh,
        BigDecimal expectedFloorAreaM2,
        LocalDate expectedCompletion,
        long version)
        implements Versioned {}
