package cn.dongguan.cfk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling (cfk.sign-in.*): after {@code freeFailures} failed sign-ins within {@code window}
 * of the first
 * every further attempt waits (1 s, 2 s, 4 s … doubling), and after {@code lockAfter} failures the
 * account or address is locked for {@code lockDuration}. Counted per account and per client address;
 * sign-ups are limited per address and hour.
 */
@ConfigurationProperties("cfk.sign-in")
record SignInLimits(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("10") int accountLockAfter,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("50") int addressLockAfter,
        @DefaultValue("1h") Duration window,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int signupsPerAddressPerHour) {}
