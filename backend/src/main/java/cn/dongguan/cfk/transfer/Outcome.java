package cn.dongguan.cfk.transfer;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What checking a row found: the action its commit takes (or REJECTED with its errors), the record it
 * names, the record as the commit writes it, as stored, and the differences (field: before → after).
 */
record Outcome(
        int row,
        Action action,
        Long targetId,
        Long targetVersion,
        ObjectNode checked,
        ObjectNode stored,
        ArrayNode diff,
        boolean placement,
        List<RowError> errors)
        implements Checked {

    enum Action {
        NEW,
        CHANGED,
        UNCHANGED,
        REJECTED
    }

    static Outcome rejected(int row, List<RowError> errors) {
        return new Outcome(row, Action.REJECTED, null, null, null, null, null, false, List.copyOf(errors));
    }
}
