/**
 * Saved searches and alerts (issue 14): a user keeps queries of /api/spaces or /api/parcels as
 * standing searches ({@code /api/me/saved-searches}); open projects are standing searches too. When a
 * unit or parcel starts or stops being a hit of one (let, reserved, hidden, vacant again, confirmed
 * again, rent, area, status or use changed), its owner is told ({@code /api/me/notifications}). The
 * changes come from an outbox that triggers write in the writing transaction (V112, V141);
 * {@link cn.dongguan.cfk.alert.AlertDelivery} turns each into notifications exactly once, also with
 * several app instances. A saved search keeps its query's filters as typed values (V240, V241,
 * {@link cn.dongguan.cfk.alert.SavedCriteria}), and for each change one statement over all saved searches
 * of its kind, by the searches' own filter declarations ({@code space.SpaceQueries#changedHits},
 * {@code land.ParcelQueries#changedHits}), says which the unit or parcel entered or left; matching's reverse match
 * ({@code matching.StandingProjects}) which open projects it fitted and fits. No public Java surface
 * (HTTP only).
 */
package cn.dongguan.cfk.alert;
