package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V241's fill: searches saved before their criteria were kept (rows of saved_search alone) get them,
 * parsed as the search parses the query; a query the search no longer takes gets none. In a
 * transaction that is rolled back.
 */
@IntegrationTest
class SavedCriteriaMigrationTest {

    @Autowired
    JdbcClient client;

    @Autowired
    TransactionTemplate tx;

    @Test
    void searchesSavedBeforeTheCriteriaWereKeptGetThemFromTheirQuery() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long space = saved(
                    "spaces", "town=changan,HUMEN&minArea=800&maxRent=25.5&groundFloor=true&q=%E9%95%BF%E5%AE%89");
            long land = saved("parcels", "status=AVAILABLE&minAreaMu=20&bbox=113.6,22.8,113.9,23.1");
            long refused = saved("spaces", "minArea=abc");
            int written = SavedCriteria.fillMissing(client);

            assertThat(written).isEqualTo(2);
            Map<String, Object> s = row("saved_search_space", space);
            assertThat(s.get("towns")).isEqualTo("{CHANGAN,HUMEN}");
            assertThat((BigDecimal) s.get("min_area")).isEqualByComparingTo("800");
            assertThat((BigDecimal) s.get("max_rent")).isEqualByComparingTo("25.5");
            assertThat(s.get("ground_floor")).isEqualTo(true);
            assertThat(s.get("q_terms")).isEqualTo("{%长安%}");
            assertThat(s.get("max_area")).isNull();
            assertThat(s.get("bbox_min_lon")).isNull();
            Map<String, Object> p = row("saved_search_parcel", land);
            assertThat(p.get("statuses")).isEqualTo("{AVAILABLE}");
            assertThat((BigDecimal) p.get("min_area_mu")).isEqualByComparingTo("20");
            assertThat(List.of(
                            p.get("bbox_min_lon"), p.get("bbox_min_lat"), p.get("bbox_max_lon"), p.get("bbox_max_lat")))
                    .containsExactly(113.6, 22.8, 113.9, 23.1);
            assertThat(client.sql("SELECT count(*) FROM saved_search_space WHERE id = ?")
                            .param(refused)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(SavedCriteria.fillMissing(client))
                    .as("a second run finds nothing left but the refused query")
                    .isZero();
        });
    }

    private long saved(String kind, String query) {
        return client.sql("INSERT INTO saved_search (username, kind, query) VALUES ('staff', ?, ?) RETURNING id")
                .params(kind, query)
                .query(Long.class)
                .single();
    }

    /** The stored criteria, arrays as their text ({@code {A,B}}). */
    private Map<String, Object> row(String table, long id) {
        Map<String, Object> row = client.sql("SELECT * FROM " + table + " WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        Map<String, Object> shown = new java.util.HashMap<>(row);
        row.forEach((column, value) -> {
            if (value instanceof java.sql.Array) {
                shown.put(column, value.toString());
            }
        });
        return shown;
    }
}
