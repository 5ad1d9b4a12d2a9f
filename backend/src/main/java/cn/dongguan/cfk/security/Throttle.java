package cn.dongguan.cfk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address, and rate-limited attempts (sign-ups
 * per address), in PostgreSQL so that every app instance sees the same counts (table {@code throttle}).
 * A blocked subject is refused before its password is even checked: 429 with Retry-After.
 */
@Service
public class Throttle {

    /** What is counted. */
    public enum Scope {
        ACCOUNT,
        ADDRESS,
        SIGNUP,
        /** Enquiries from one client address (issue 14). */
        ENQUIRY_CLIENT,
        /** Enquiries with one contact phone or e-mail (issue 14). */
        ENQUIRY_CONTACT
    }

    /** A subject that is blocked now, with its count and until when. */
    public record Lock(Scope scope, String subject, int attempts, OffsetDateTime blockedUntil) {}

    private static final int SUBJECT_LENGTH = 128;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SignInLimits limits;
    private final AtomicInteger writes = new AtomicInteger();

    Throttle(JdbcClient jdbc, TransactionTemplate tx, Clock clock, SignInLimits limits) {
        this.jdbc = jdbc;
        // a count must hold even when the request that made it fails and rolls its own work back
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.limits = limits;
    }

    /** How long the first of these subjects that is blocked still is; empty when none is. */
    Optional<Duration> blocked(String account, String address) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                SELECT max(blocked_until) FROM throttle
                WHERE ((scope = 'ACCOUNT' AND subject = :account) OR (scope = 'ADDRESS' AND subject = :address))
                  AND blocked_until > :now""")
                .param("account", subject(account))
                .param("address", subject(address))
                .param("now", now)
                .query(OffsetDateTime.class)
                .optional()
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failed sign-in for the account and the address, blocking them when they reach their limits. */
    void failedSignIn(String account, String address) {
        tx.executeWithoutResult(status -> {
            if (account != null && !account.isBlank()) {
                count(Scope.ACCOUNT, account, limits.accountFreeFailures(), limits.accountLockAfter());
            }
            if (address != null) {
                count(Scope.ADDRESS, address, limits.addressFreeFailures(), limits.addressLockAfter());
            }
        });
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not reset it). */
    void succeeded(String account) {
        clear(Scope.ACCOUNT, account);
    }

    /**
     * Counts one rate-limited attempt (e.g. a sign-up from an address); empty when it may go ahead,
     * otherwise how long to wait. At most {@code limit} attempts per hour.
     */
    public Optional<Duration> attempt(Scope scope, String subject) {
        return attempt(scope, subject, limits.signupsPerAddressPerHour());
    }

    /** As {@link #attempt(Scope, String)}, at most {@code limit} attempts per hour. */
    public Optional<Duration> attempt(Scope scope, String subject, int limit) {
        Duration window = Duration.ofHours(1);
        return tx.execute(status -> {
            OffsetDateTime now = now();
            Row row = upsert(scope, subject, now, window);
            if (row.attempts() > limit) {
                return Optional.of(Duration.between(now, row.firstAt().plus(window)));
            }
            return Optional.<Duration>empty();
        });
    }

    /** Removes a subject's count and block (an administrator unlocking it); true when there was one. */
    public boolean clear(Scope scope, String subject) {
        return jdbc.sql("DELETE FROM throttle WHERE scope = :scope AND subject = :subject")
                        .param("scope", scope.name())
                        .param("subject", subject(subject))
                        .update()
                > 0;
    }

    /** The subjects blocked now, longest first. */
    public List<Lock> locks() {
        return jdbc.sql("""
                SELECT scope, subject, attempts, blocked_until FROM throttle
                WHERE blocked_until > :now ORDER BY blocked_until DESC, scope, subject LIMIT 500""")
                .param("now", now())
                .query((rs, i) -> new Lock(
                        Scope.valueOf(rs.getString("scope")),
                        rs.getString("subject"),
                        rs.getInt("attempts"),
                        rs.getObject("blocked_until", OffsetDateTime.class)))
                .list();
    }

    /** Until when the account is blocked, if it is. */
    public Optional<OffsetDateTime> accountBlockedUntil(String username) {
        return jdbc.sql("""
                SELECT blocked_until FROM throttle
                WHERE scope = 'ACCOUNT' AND subject = :subject AND blocked_until > :now""")
                .param("subject", subject(username))
                .param("now", now())
                .query(OffsetDateTime.class)
                .optional();
    }

    private void count(Scope scope, String subject, int free, int lockAfter) {
        OffsetDateTime now = now();
        Row row = upsert(scope, subject, now, limits.window());
        Duration wait = delay(row.attempts(), free, lockAfter);
        if (!wait.isZero()) {
            jdbc.sql("UPDATE throttle SET blocked_until = :until WHERE scope = :scope AND subject = :subject")
                    .param("until", now.plus(wait))
                    .param("scope", scope.name())
                    .param("subject", subject(subject))
                    .update();
        }
    }

    /** No wait for the first {@code free} failures, then 1 s doubling, and the lock from {@code lockAfter}. */
    Duration delay(int failures, int free, int lockAfter) {
        if (failures >= lockAfter) {
            return limits.lockDuration();
        }
        if (failures <= free) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(20, failures - free - 1));
        return wait.compareTo(limits.lockDuration()) < 0 ? wait : limits.lockDuration();
    }

    private record Row(int attempts, OffsetDateTime firstAt) {}

    /** One more attempt, or the first of a new window when the window's first attempt is older than {@code window}. */
    private Row upsert(Scope scope, String subject, OffsetDateTime now, Duration window) {
        if (writes.incrementAndGet() % 100 == 0) {
            jdbc.sql("DELETE FROM throttle WHERE last_at < :old AND (blocked_until IS NULL OR blocked_until < :now)")
                    .param("old", now.minusDays(1))
                    .param("now", now)
                    .update();
        }
        return jdbc.sql("""
                INSERT INTO throttle AS t (scope, subject, attempts, first_at, last_at)
                VALUES (:scope, :subject, 1, :now, :now)
                ON CONFLICT (scope, subject) DO UPDATE SET
                    attempts = CASE WHEN t.first_at < :windowStart THEN 1 ELSE t.attempts + 1 END,
                    first_at = CASE WHEN t.first_at < :windowStart THEN :now ELSE t.first_at END,
                    blocked_until = CASE WHEN t.first_at < :windowStart THEN NULL ELSE t.blocked_until END,
                    last_at = :now
                RETURNING attempts, first_at""")
                .param("scope", scope.name())
                .param("subject", subject(subject))
                .param("now", now)
                .param("windowStart", now.minus(window))
                .query((rs, i) -> new Row(rs.getInt("attempts"), rs.getObject("first_at", OffsetDateTime.class)))
                .single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String subject(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace("\u0000", "").trim().toLowerCase(java.util.Locale.ROOT);
        return clean.length() <= SUBJECT_LENGTH ? clean : clean.substring(0, SUBJECT_LENGTH);
    }
}
