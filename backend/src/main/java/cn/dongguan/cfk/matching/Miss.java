package cn.dongguan.cfk.matching;

import java.util.function.Supplier;

/**
 * Why a unit, a parcel, a building or a whole site does not pass one hard filter (a passing one has
 * no miss). {@code unknown}: the data is missing, which is never read as zero. {@code near}: within
 * the filter's near-miss tolerance (unknown data always is: asking for it may be all it takes). The
 * reason is only written when asked for, so the cheap checks that only count misses write none.
 */
final class Miss {

    /** A reason in Chinese and English. */
    record Reason(String zh, String en) {}

    private final boolean unknown;
    private final boolean near;
    private final Supplier<Reason> reason;

    private Miss(boolean unknown, boolean near, Supplier<Reason> reason) {
        this.unknown = unknown;
        this.near = near;
        this.reason = reason;
    }

    static Miss failed(boolean near, Supplier<Reason> reason) {
        return new Miss(false, near, reason);
    }

    static Miss unknown(Supplier<Reason> reason) {
        return new Miss(true, true, reason);
    }

    boolean unknown() {
        return unknown;
    }

    boolean near() {
        return near;
    }

    Reason reason() {
        return reason.get();
    }
}
