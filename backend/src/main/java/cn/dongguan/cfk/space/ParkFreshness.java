package cn.dongguan.cfk.space;

import java.time.Instant;

/**
 * How current a park's listings are: the share of units confirmed within 60 days, how many need
 * confirming (待核实) and how many have left public search (over 120 days), and the oldest listing.
 */
record ParkFreshness(
        String parkCode,
        String parkName,
        int units,
        int confirmedWithin60Days,
        double freshShare,
        int stale,
        int hiddenFromSearch,
        Instant oldestConfirmedAt,
        Long oldestUnitId) {}
