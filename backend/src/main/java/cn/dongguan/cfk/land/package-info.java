/**
 * The land bank (土地库): parcels with their planning use, plot ratio, status and supply date.
 */
package cn.dongguan.cfk.land;
