/**
 * 亩均效益 results (issue 16): each enterprise's grade A/B/C/D (or not evaluated) and indicators per
 * year, as imported from the bureau's spreadsheet or graded by the configured method from the
 * figures; the differentiated-allocation policy of matching; the staff's API {@code /api/efficiency}.
 * Grades are evaluation results: staff and administrators only, a park's figures too ({@code
 * /api/efficiency/parks/{code}}, {@code /api/stats/efficiency}); the grade of an enterprise is its latest
 * graded result (the view {@code enterprise_latest_grade}).
 * Public surface: {@link cn.dongguan.cfk.efficiency.EfficiencyGrades} (an enterprise's grade of a
 * year or its latest, the SQL view {@code enterprise_latest_grade} of V170), {@link
 * cn.dongguan.cfk.efficiency.EfficiencyProperties} (the method and the policy), {@link
 * cn.dongguan.cfk.efficiency.Grade}.
 */
package cn.dongguan.cfk.efficiency;
