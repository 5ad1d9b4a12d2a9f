/**
 * Site matching (SPEC §6): finds, for an expansion project or an unsaved requirement, the sets of
 * vacant units in one building and the single or adjacent land parcels that pass every hard filter,
 * scores them 0–100 on weighted criteria with a reason for each in Chinese and English, and lists
 * the best near misses with the filters they failed. Also exports a shortlist to Excel.
 *
 * <p>Each hard filter is declared once in {@code HardFilter} (its test and reasons, its near-miss
 * tolerance, its SQL condition); {@code HardFilters} derives the checks and {@code CandidateSql} the
 * bounded candidate query of {@code MatchQueries}. Unit-set and parcel-group assembly and scoring
 * ({@code Scorer}) are plain Java. The requirement, its validation and who may see a project's belong
 * to the project feature ({@link cn.dongguan.cfk.project.SiteRequirement},
 * {@link cn.dongguan.cfk.project.RequirementValidator}, {@link cn.dongguan.cfk.project.ProjectService});
 * the caller is {@link cn.dongguan.cfk.security.CurrentViewer}'s.
 */
package cn.dongguan.cfk.matching;
