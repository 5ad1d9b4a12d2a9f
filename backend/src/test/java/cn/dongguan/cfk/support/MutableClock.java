package cn.dongguan.cfk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The app's clock in integration tests: the system clock unless a test pins it, so date rules can be
 * checked at their exact boundaries. Tests that pin it reset it when they are done.
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant pinned;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void pin(Instant instant) {
        this.pinned = instant;
    }

    public void advance(Duration duration) {
        pinned = instant().plus(duration);
    }

    public void reset() {
        this.pinned = null;
    }

    @Override
    public Instant instant() {
        Instant p = pinned;
        return p != null ? p : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(zone);
    }
}
