package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.space.Freshness;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The moment a match is made, fixed for the whole request. Listings follow SPEC §7 as
 * {@link Freshness} defines it: stale ones (待核实) rank lower, hidden ones leave matching.
 */
record MatchClock(Clock clock) {

    static MatchClock of(Clock clock) {
        return new MatchClock(Clock.fixed(clock.instant(), clock.getZone()));
    }

    static MatchClock at(Instant now, ZoneId zone) {
        return new MatchClock(Clock.fixed(now, zone));
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Left out of matching: not confirmed for too long (or never). */
    boolean hidden(Instant lastConfirmedAt) {
        return Freshness.isHidden(lastConfirmedAt, clock);
    }

    Instant hiddenBefore() {
        return Freshness.hiddenBefore(clock);
    }

    /** Needs confirming (待核实). */
    boolean stale(Instant lastConfirmedAt) {
        return Freshness.isStale(lastConfirmedAt, clock);
    }

    /** Whole days a listing confirmed at the stale cut-off has been unconfirmed (60 by SPEC §7). */
    long staleDays() {
        return daysSince(Freshness.staleBefore(clock));
    }

    /** Whole days a listing confirmed at the hidden cut-off has been unconfirmed (120 by SPEC §7). */
    long hiddenDays() {
        return daysSince(Freshness.hiddenBefore(clock));
    }

    long daysSince(Instant instant) {
        return Math.max(0, ChronoUnit.DAYS.between(instant, now()));
    }

    /** Days from today until {@code date}; 0 for a date in the past or no date (available now). */
    long daysUntil(LocalDate date) {
        return date == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(today(), date));
    }
}
