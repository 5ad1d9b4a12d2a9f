/**
 * Saved searches and alerts (issue 14): a user keeps queries of /api/spaces as standing searches
 * ({@code /api/me/saved-searches}); when a unit starts or stops being a hit of one (let, reserved,
 * hidden, vacant again, confirmed again, rent or area changed), its owner is told
 * ({@code /api/me/notifications}). The changes come from an outbox that triggers write in the
 * writing transaction (V112); {@link cn.dongguan.cfk.alert.AlertDelivery} turns each into
 * notifications exactly once, also with several app instances, asking the space search itself
 * ({@code space.SpaceQueries}) whether the unit was and is a hit. No public Java surface (HTTP only).
 */
package cn.dongguan.cfk.alert;
