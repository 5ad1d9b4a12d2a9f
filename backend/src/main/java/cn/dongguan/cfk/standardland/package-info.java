/**
 * 标准地 达产 checks (issue 16): after a standard-land parcel is supplied, staff record the actual
 * figures of each year (investment, tax, output, energy use) against the indicators published for its
 * supply, and list the parcels whose enterprises fall short, by which indicator and by how much
 * ({@code /api/standard-land/...}, staff and administrators only). The rule of a shortfall is
 * {@link cn.dongguan.cfk.standardland.Shortfalls}. No public surface (HTTP only).
 */
package cn.dongguan.cfk.standardland;
