package cn.dongguan.cfk.transfer;

import java.util.List;
import tools.jackson.databind.JsonNode;
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

    /** A new record; placement: its geometry goes through the pipeline at commit. */
    static Outcome added(int row, ObjectNode checked, ArrayNode diff, boolean placement) {
        return new Outcome(row, Action.NEW, null, null, checked, null, diff, placement, List.of());
    }

    /** A stored record, CHANGED or UNCHANGED by its differences. */
    static Outcome updated(
            int row,
            Long targetId,
            Long targetVersion,
            ObjectNode checked,
            ObjectNode stored,
            ArrayNode diff,
            boolean placement) {
        Action action = diff.isEmpty() ? Action.UNCHANGED : Action.CHANGED;
        return new Outcome(row, action, targetId, targetVersion, checked, stored, diff, placement, List.of());
    }

    /** A row refused for one field's value. */
    static Outcome refused(int row, String field, JsonNode value, String zh, String en) {
        return rejected(row, Rows.one(row, field, value, zh, en));
    }

    static Outcome rejected(int row, List<RowError> errors) {
        return new Outcome(row, Action.REJECTED, null, null, null, null, null, false, List.copyOf(errors));
    }
}
