package cn.dongguan.cfk.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The moment a match is made. Listings follow SPEC §7: not confirmed for 60 days they need confirming
 * (待核实) and rank lower; after 120 days they leave public search, and matching, until confirmed.
 */
record MatchClock(LocalDate today, Instant now) {

    static final Duration STALE_AFTER = Duration.ofDays(60);
    static final Duration HIDDEN_AFTER = Duration.ofDays(120);

    static MatchClock of(Clock clock) {
        return new MatchClock(LocalDate.now(clock), clock.instant());
    }

    Instant hiddenBefore() {
        return now.minus(HIDDEN_AFTER);
    }

    boolean hidden(Instant lastConfirmedAt) {
        return lastConfirmedAt == null || lastConfirmedAt.isBefore(hiddenBefore());
    }

    long daysSince(Instant instant) {
        return Math.max(0, ChronoUnit.DAYS.between(instant, now));
    }

    /** Days from today until {@code date}; 0 for a date in the past or no date (available now). */
    long daysUntil(LocalDate date) {
        return date == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(today, date));
    }
}
