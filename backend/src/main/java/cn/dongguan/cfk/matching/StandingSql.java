package cn.dongguan.cfk.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reverse match's conditions (issue 14): on the open projects ({@code expansion_project p}) that
 * one changed unit may fit, as the hard filters declare them ({@link HardFilter#standingSql}), with
 * the unit, its building and the building's listed totals as bound values. Like {@link CandidateSql}
 * a condition may only let through more than its Java test, never less: SQL prunes the standing
 * projects, {@link HardFilters#standingFit} decides.
 */
final class StandingSql {

    final StandingUnit unit;
    final List<String> project = new ArrayList<>();
    final Map<String, Object> params = new HashMap<>();

    private StandingSql(StandingUnit unit) {
        this.unit = unit;
    }

    static StandingSql of(StandingUnit unit) {
        StandingSql sql = new StandingSql(unit);
        for (HardFilter f : HardFilter.values()) {
            f.standingSql(sql);
        }
        return sql;
    }

    StandingSql param(String name, Object value) {
        if (params.put(name, value) != null) {
            throw new IllegalStateException("Two filters bind :" + name);
        }
        return this;
    }

    String where() {
        return CandidateSql.all(project);
    }
}
