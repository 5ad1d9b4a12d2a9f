package cn.dongguan.cfk.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** SPEC §7: a listing not confirmed for 60 days needs confirming (待核实). */
public final class Freshness {

    public static final Duration STALE_AFTER = Duration.ofDays(60);

    private Freshness() {
    }

    public static boolean isStale(Instant lastConfirmedAt, Clock clock) {
        return lastConfirmedAt == null || lastConfirmedAt.isBefore(clock.instant().minus(STALE_AFTER));
    }
}
