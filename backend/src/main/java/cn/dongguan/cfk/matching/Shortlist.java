package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.Versioned;
import java.time.Instant;
import java.util.List;

/** A project's shortlist of candidate sites in the order chosen; version 0, no one and never when none is saved. */
record Shortlist(long projectId, List<String> candidates, String updatedBy, Instant updatedAt, long version)
        implements Versioned {}
