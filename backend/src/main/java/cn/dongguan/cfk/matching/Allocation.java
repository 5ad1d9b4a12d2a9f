package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.efficiency.Grade;

/**
 * The differentiated-allocation policy (资源要素差别化配置, issue 16) as it applies to one match: the
 * latest 亩均效益 grade of the project's enterprise and the policy's switch that keeps a D-grade
 * enterprise off new land ({@code cfk.efficiency.policy}). Only staff and administrators' matches
 * carry one: a grade is not shown to anyone else.
 */
record Allocation(Grade grade, int year, boolean dGradeNoNewLand) {

    /** No grade known, or the policy not applied. */
    static final Allocation NONE = new Allocation(null, 0, false);

    /** Whether new land is refused: a D grade while the policy's switch is on. */
    boolean excludesNewLand() {
        return dGradeNoNewLand && grade == Grade.D;
    }
}
