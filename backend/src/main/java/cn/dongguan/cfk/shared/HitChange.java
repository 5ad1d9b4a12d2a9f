package cn.dongguan.cfk.shared;

/**
 * A standing search (issue 14) whose hits a change altered: the unit or parcel is one of its hits now
 * ({@code fits}), or was one before and is no longer.
 */
public record HitChange(long searchId, boolean fits) {}
