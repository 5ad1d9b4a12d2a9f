package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.SqlConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land search as a standing search (issue 14): a query of /api/parcels kept as text, checked as
 * the search checks it, and asked whether one parcel row is among its hits, by the search's own
 * conditions ({@link ParcelCriteria#conditions}), so an alert fires exactly when /api/parcels with
 * that query would list the parcel.
 */
@Component
public class ParcelQueries {

    private final JdbcClient jdbc;

    ParcelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 400 naming the parameter when {@code query} is not one /api/parcels takes (paging and sort aside). */
    public void check(String query) {
        ParcelCriteria.parse(query);
    }

    /**
     * Whether the parcel (a parcel row as JSON, as the alert outbox keeps it, its boundary as EWKT; null
     * when there is none) is a hit of {@code query}.
     */
    @Transactional(readOnly = true)
    public boolean lists(String query, String parcelJson) {
        if (parcelJson == null) {
            return false;
        }
        SqlConditions where = ParcelCriteria.parse(query).conditions("p");
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM jsonb_populate_record(NULL::parcel, CAST(:row AS jsonb)) p\n"
                        + where.where() + ")")
                .params(where.params())
                .param("row", parcelJson)
                .query(Boolean.class)
                .single();
    }
}
