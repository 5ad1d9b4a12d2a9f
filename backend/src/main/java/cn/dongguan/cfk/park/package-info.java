/**
 * The 35 modern industrial parks (产业园区): their positioning industries and the figures derived
 * from buildings, units and parcels (floor area, vacant area, vacancy rate, available land in 亩).
 * Public surface: {@link cn.dongguan.cfk.park.ParkCode}.
 */
package cn.dongguan.cfk.park;
