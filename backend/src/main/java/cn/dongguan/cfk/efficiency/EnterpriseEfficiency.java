package cn.dongguan.cfk.efficiency;

import java.util.List;

/** An enterprise's 亩均效益 history, newest year first, with its latest grade (null: never graded). */
record EnterpriseEfficiency(
        long enterpriseId, String name, String creditCode, String latestGrade, List<EfficiencyResult> years) {}
