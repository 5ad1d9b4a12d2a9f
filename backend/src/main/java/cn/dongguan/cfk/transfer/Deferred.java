package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.FootprintBatch.Candidate;
import cn.dongguan.cfk.geometry.FootprintBatch.Verdict;
import cn.dongguan.cfk.shared.BadRequestException;
import java.util.List;
import java.util.function.DoubleFunction;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row whose outcome waits for its geometry: the import checks a batch of rows' geometries at once
 * (geometry's {@code FootprintBatch}), then finishes each row with its footprint's area, or rejects
 * it with the geometry's refusal.
 */
record Deferred(int row, ObjectNode given, Candidate candidate, DoubleFunction<Outcome> then) implements Checked {

    Outcome finish(Verdict verdict) {
        try {
            if (verdict.refused()) {
                throw verdict.refusal();
            }
            return then.apply(verdict.areaM2());
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        }
    }
}
