/**
 * 工改工 / 留改拆 (issue 16): village industrial parks (镇村工业园) as areas with their town, their
 * renewal class 留 (keep) / 改 (renovate) / 拆 (redevelop), the age of the buildings inside them and
 * the 亩均 grades of their occupants; and the redevelopment projects (更新项目) on them, moved
 * 立项 → 拆除 → 在建 → 竣工 by staff and administrators, each move kept for administrators to read.
 * A project in 在建 is linked to the buildings it puts up: they are future supply (view future_supply,
 * V220) until it is 竣工, their units available from its expected completion.
 * Staff and administrators only (the occupants' grades are evaluation results). No public Java
 * surface (HTTP only).
 */
package cn.dongguan.cfk.redevelopment;
