package cn.dongguan.cfk.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * SPEC §7: a listing not confirmed for 60 days needs confirming (待核实) and ranks lower; after 120
 * days it leaves public search until its manager confirms it.
 *
 * <p>The one definition, counted in whole days of Dongguan's calendar: a listing is stale when it was
 * last confirmed before the start of the local day 60 days ago, and hidden likewise at 120 days. The
 * cut-offs move once a day, at local midnight, so that everything derived from them (vector tiles and
 * their ETags above all) stays the same for a whole day. Every SQL statement compares
 * {@code last_confirmed_at} with the cut-offs bound as {@code :staleBefore} and {@code :hiddenBefore}
 * ({@link #sqlParameters}): stale is {@code last_confirmed_at < :staleBefore}, listed is
 * {@code last_confirmed_at >= :hiddenBefore}.
 */
public final class Freshness {

    /** Dongguan's time zone: its days are the days counted. */
    public static final ZoneId DONGGUAN = ZoneId.of("Asia/Shanghai");

    public static final Duration STALE_AFTER = Duration.ofDays(60);
    public static final Duration HIDDEN_AFTER = Duration.ofDays(120);

    private Freshness() {}

    /** Listings confirmed before this instant are stale: the start of the local day 60 days ago. */
    public static Instant staleBefore(Clock clock) {
        return startOfDayBefore(clock, STALE_AFTER);
    }

    /** Listings confirmed before this instant are hidden: the start of the local day 120 days ago. */
    public static Instant hiddenBefore(Clock clock) {
        return startOfDayBefore(clock, HIDDEN_AFTER);
    }

    public static boolean isStale(Instant lastConfirmedAt, Clock clock) {
        return lastConfirmedAt == null || lastConfirmedAt.isBefore(staleBefore(clock));
    }

    /** Left out of public search and matching. */
    public static boolean isHidden(Instant lastConfirmedAt, Clock clock) {
        return lastConfirmedAt == null || lastConfirmedAt.isBefore(hiddenBefore(clock));
    }

    /** The cut-offs as the named parameters {@code staleBefore} and {@code hiddenBefore} of a statement. */
    public static Map<String, Object> sqlParameters(Clock clock) {
        return Map.of("staleBefore", sql(staleBefore(clock)), "hiddenBefore", sql(hiddenBefore(clock)));
    }

    /** An instant as JDBC binds a {@code timestamptz}. */
    private static OffsetDateTime sql(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant startOfDayBefore(Clock clock, Duration age) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DONGGUAN);
        return today.minusDays(age.toDays()).atStartOfDay(DONGGUAN).toInstant();
    }
}
