package cn.dongguan.cfk.alert;

import cn.dongguan.cfk.land.ParcelQueries;
import cn.dongguan.cfk.shared.ProblemException;
import cn.dongguan.cfk.shared.SearchFilters;
import cn.dongguan.cfk.space.SpaceQueries;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A saved search's filters as typed values (V240): saved_search_space for a query of /api/spaces,
 * saved_search_parcel for one of /api/parcels, each row written from the search's own parse of the
 * query ({@link SpaceQueries#stored}, {@link ParcelQueries#stored}), so that the delivery checks every
 * saved search against a change in one statement by the search's own conditions.
 */
final class SavedCriteria {

    /** The saved spaces searches a unit's change is checked against: their criteria {@code q}, since when they stand. */
    static final String SPACE_SEARCHES =
            "saved_search_space q JOIN saved_search w ON w.id = q.id AND w.created_at <= :since";

    /** The saved land searches, likewise. */
    static final String PARCEL_SEARCHES =
            "saved_search_parcel q JOIN saved_search w ON w.id = q.id AND w.created_at <= :since";

    private SavedCriteria() {}

    /** The stored form of a query of its kind; 400 naming the parameter when its search would refuse it. */
    static SearchFilters.Stored of(String kind, String query) {
        return kind.equals("parcels") ? ParcelQueries.stored(query) : SpaceQueries.stored(query);
    }

    /** Writes the criteria of saved search {@code id}. */
    static void write(JdbcClient jdbc, long id, String kind, SearchFilters.Stored criteria) {
        jdbc.sql(criteria.insert(kind.equals("parcels") ? "saved_search_parcel" : "saved_search_space", "id"))
                .params(criteria.params())
                .param("id", id)
                .update();
    }

    /**
     * Writes the criteria of every saved search that has none (V241: those saved before they were kept);
     * a query its search no longer takes gets none and, as before, tells nothing. Answers how many it wrote.
     */
    static int fillMissing(JdbcClient jdbc) {
        record Row(long id, String kind, String query) {}
        List<Row> rows = jdbc.sql("""
                        SELECT s.id, s.kind, s.query FROM saved_search s
                        WHERE NOT EXISTS (SELECT 1 FROM saved_search_space c WHERE c.id = s.id)
                          AND NOT EXISTS (SELECT 1 FROM saved_search_parcel c WHERE c.id = s.id)
                        ORDER BY s.id""")
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("query")))
                .list();
        int written = 0;
        for (Row r : rows) {
            SearchFilters.Stored criteria;
            try {
                criteria = of(r.kind(), r.query());
            } catch (ProblemException e) {
                continue;
            }
            write(jdbc, r.id(), r.kind(), criteria);
            written++;
        }
        return written;
    }
}
