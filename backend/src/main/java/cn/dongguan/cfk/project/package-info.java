/**
 * Expansion projects (增资扩产项目) and their pipeline INTENT → SITING → SIGNED → STARTED → PRODUCING
 * (or DROPPED), with the overdue list of the 计划动工项目"清零行动".
 */
package cn.dongguan.cfk.project;
