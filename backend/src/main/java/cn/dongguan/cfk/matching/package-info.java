/**
 * Site matching (SPEC §6): finds, for an expansion project or an unsaved requirement, the sets of
 * vacant units in one building and the single or adjacent land parcels that pass every hard filter,
 * scores them 0–100 on weighted criteria with a reason for each in Chinese and English, and lists
 * the best near misses with the filters they failed. Also exports a shortlist to Excel.
 *
 * <p>Candidate generation runs in SQL ({@code MatchQueries}); hard filters ({@code HardFilters}),
 * unit-set and parcel-group assembly and scoring ({@code Scorer}) are plain Java. The package meets
 * the project feature only through the {@code expansion_project} table.
 */
package cn.dongguan.cfk.matching;
