package cn.dongguan.cfk.space;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** A listing its manager should confirm, oldest first. */
record ToConfirmItem(
        @JsonUnwrapped UnitEntry unit,
        Instant lastConfirmedAt,
        long daysSinceConfirmed,
        boolean hiddenFromSearch,
        long version) {}
