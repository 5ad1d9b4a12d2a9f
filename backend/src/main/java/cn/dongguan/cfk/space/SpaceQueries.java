package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.HitChange;
import cn.dongguan.cfk.shared.SearchFilters;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The space search as a standing search (issue 14): a query of /api/spaces kept as text, checked as
 * the search checks it, and asked whether one listing row is among its hits, by the search's own
 * conditions (so an alert fires exactly when /api/spaces with that query would list the unit). A saved
 * query is kept as its filters' values ({@link #stored}), and one statement checks a changed unit
 * against all of them ({@link #changedHits}), by the same fragments as the search.
 */
@Component
public class SpaceQueries {

    private final SpaceSearch search;

    SpaceQueries(SpaceSearch search) {
        this.search = search;
    }

    /**
     * The filters of {@code query} as a saved search keeps them, one column each (towns, parks,
     * industries, q_terms as text[]; min_area, max_area, min_ceiling_height, min_floor_load,
     * min_power_kva, max_rent numeric; fire_rank int; available_by date; ground_floor boolean;
     * bbox_min_lon … bbox_max_lat double); 400 naming the parameter when /api/spaces would refuse it.
     */
    public static SearchFilters.Stored stored(String query) {
        return SpaceSearch.stored(SpaceCriteria.parse(query));
    }

    /**
     * The saved searches whose hits the unit's change alters, in one statement: the unit as listed
     * before and after (space_listing rows as JSON, as the outbox keeps them; null when not listed)
     * against each row of {@code searches}, a FROM item yielding the {@link #stored} columns as
     * {@code q} and the search's key as {@code q.id}, with its {@code params}.
     */
    @Transactional(readOnly = true)
    public List<HitChange> changedHits(String searches, Map<String, ?> params, String before, String after) {
        return search.changedHits(searches, params, before, after);
    }

    /**
     * Whether the listing (a space_listing row as JSON, as the alert outbox keeps it; null when not
     * listed) is a hit of {@code query} now: one statement per query (the benchmark's per-search baseline).
     */
    @Transactional(readOnly = true)
    public boolean lists(String query, String listingJson) {
        return search.lists(SpaceCriteria.parse(query), listingJson);
    }
}
