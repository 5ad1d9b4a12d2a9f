package cn.dongguan.cfk.space;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The space search as a standing search (issue 14): a query of /api/spaces kept as text, checked as
 * the search checks it, and asked whether one listing row is among its hits, by the search's own
 * conditions (so an alert fires exactly when /api/spaces with that query would list the unit).
 */
@Component
public class SpaceQueries {

    private final SpaceSearch search;

    SpaceQueries(SpaceSearch search) {
        this.search = search;
    }

    /** 400 naming the parameter when {@code query} is not one /api/spaces takes (paging and sort aside). */
    public void check(String query) {
        SpaceCriteria.parse(query);
    }

    /**
     * Whether the listing (a space_listing row as JSON, as the alert outbox keeps it; null when not
     * listed) is a hit of {@code query} now.
     */
    @Transactional(readOnly = true)
    public boolean lists(String query, String listingJson) {
        return search.lists(SpaceCriteria.parse(query), listingJson);
    }
}
