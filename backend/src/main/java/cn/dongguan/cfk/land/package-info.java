/**
 * The land bank (土地库): parcels with their planning use, plot ratio, status and supply date, added and
 * changed by park managers and administrators with the geometry rules of SPEC §4.
 */
package cn.dongguan.cfk.land;
