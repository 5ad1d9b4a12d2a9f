package cn.dongguan.cfk.matching;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Named candidates to look at again (brochure, Excel export): for a saved project or for an unsaved
 * requirement (read as {@code POST /api/matching/preview} reads one), with the weights of the match
 * they came from.
 */
record MatchRequest(Long projectId, JsonNode requirement, String weights, List<String> candidates) {}
