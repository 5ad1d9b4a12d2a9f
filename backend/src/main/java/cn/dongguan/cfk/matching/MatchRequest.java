package cn.dongguan.cfk.matching;

import java.util.List;

/**
 * Named candidates to look at again (brochure, Excel export): for a saved project or for an unsaved
 * requirement, with the weights of the match they came from.
 */
record MatchRequest(Long projectId, RequirementInput requirement, String weights, List<String> candidates) {}
