/**
 * Expansion projects (增资扩产项目) and their pipeline INTENT → SITING → SIGNED → STARTED → PRODUCING
 * (or DROPPED), with the overdue list of the 计划动工项目"清零行动".
 *
 * <p>The owner of the site requirement: {@link cn.dongguan.cfk.project.SiteRequirement} (what a
 * project needs from a site, saved or not) and {@link cn.dongguan.cfk.project.RequirementValidator}
 * (its one check). Public surface: those two, {@link cn.dongguan.cfk.project.SiteKind},
 * {@link cn.dongguan.cfk.project.ProjectService} (a saved project's requirement, for whoever may
 * see the project: {@code visibleRequirement}) and {@link cn.dongguan.cfk.project.ProjectRequirement}.
 */
package cn.dongguan.cfk.project;
