package cn.dongguan.cfk.space;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;

/** A unit as its park's manager (or staff) works on it: with its occupant and freshness. */
record ManagedUnit(
        @JsonUnwrapped UnitEntry unit,
        LocalDate availableFrom,
        Long occupantEnterpriseId,
        String occupantName,
        Instant lastConfirmedAt,
        boolean stale,
        boolean hiddenFromSearch,
        long version) {}
