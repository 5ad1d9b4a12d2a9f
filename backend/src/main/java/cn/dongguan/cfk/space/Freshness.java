package cn.dongguan.cfk.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * SPEC §7: a listing not confirmed for 60 days needs confirming (待核实) and ranks lower; after 120
 * days it leaves public search until its manager confirms it.
 */
public final class Freshness {

    public static final Duration STALE_AFTER = Duration.ofDays(60);
    public static final Duration HIDDEN_AFTER = Duration.ofDays(120);

    private Freshness() {}

    /** Stale from the instant the listing is older than 60 days. */
    public static boolean isStale(Instant lastConfirmedAt, Clock clock) {
        return lastConfirmedAt == null || lastConfirmedAt.isBefore(staleBefore(clock));
    }

    public static Instant staleBefore(Clock clock) {
        return clock.instant().minus(STALE_AFTER);
    }

    /** Left out of public search and matching: not confirmed for 120 days. */
    public static boolean isHidden(Instant lastConfirmedAt, Clock clock) {
        return lastConfirmedAt == null || lastConfirmedAt.isBefore(hiddenBefore(clock));
    }

    public static Instant hiddenBefore(Clock clock) {
        return clock.instant().minus(HIDDEN_AFTER);
    }
}
