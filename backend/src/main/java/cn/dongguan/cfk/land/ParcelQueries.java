package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.HitChange;
import cn.dongguan.cfk.shared.SearchFilters;
import cn.dongguan.cfk.shared.SqlConditions;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land search as a standing search (issue 14): a query of /api/parcels, checked as the search
 * checks it and kept as its filters' values ({@link #stored}); one statement checks a changed parcel
 * against all saved land searches ({@link #changedHits}) by the search's own conditions
 * ({@link ParcelCriteria#filters}), so an alert fires exactly when /api/parcels with that query would
 * list the parcel.
 */
@Component
public class ParcelQueries {

    private final JdbcClient jdbc;

    ParcelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The filters of {@code query} as a saved search keeps them, one column each (towns, parks,
     * planning_uses, statuses as text[]; min_area_mu, max_area_mu numeric; available_by date;
     * bbox_min_lon … bbox_max_lat double); 400 naming the parameter when /api/parcels would refuse it.
     */
    public static SearchFilters.Stored stored(String query) {
        return ParcelCriteria.parse(query).stored();
    }

    /**
     * The saved land searches whose hits the parcel's change alters, in one statement: the parcel before
     * and after (parcel rows as JSON, as the outbox keeps them, the boundary as EWKT; null when there is
     * none) against each row of {@code searches}, a FROM item yielding the {@link #stored} columns as
     * {@code q} and the search's key as {@code q.id}, with its {@code params}.
     */
    @Transactional(readOnly = true)
    public List<HitChange> changedHits(String searches, Map<String, ?> params, String before, String after) {
        SqlConditions where =
                ParcelCriteria.filters("p").standing("q", new SqlConditions()).params(params);
        return SearchFilters.changedHits(jdbc, "parcel", "p", "", searches, where, before, after);
    }
}
