package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
    JdbcTemplate jdbc;

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
            Map<String, Object> s = jdbc.queryForMap("SELECT * FROM saved_search_space WHERE id = ?", space);
            assertThat(texts(s.get("towns"))).containsExactly("CHANGAN", "HUMEN");
            assertThat((BigDecimal) s.get("min_area")).isEqualByComparingTo("800");
            assertThat((BigDecimal) s.get("max_rent")).isEqualByComparingTo("25.5");
            assertThat(s.get("ground_floor")).isEqualTo(true);
            assertThat(texts(s.get("q_terms"))).containsExactly("%长安%");
            assertThat(s.get("max_area")).isNull();
            assertThat(s.get("bbox_min_lon")).isNull();
            Map<String, Object> p = jdbc.queryForMap("SELECT * FROM saved_search_parcel WHERE id = ?", land);
            assertThat(texts(p.get("statuses"))).containsExactly("AVAILABLE");
            assertThat((BigDecimal) p.get("min_area_mu")).isEqualByComparingTo("20");
            assertThat(List.of(
                            p.get("bbox_min_lon"), p.get("bbox_min_lat"), p.get("bbox_max_lon"), p.get("bbox_max_lat")))
                    .containsExactly(113.6, 22.8, 113.9, 23.1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM saved_search_space WHERE id = ?", Long.class, refused))
                    .isZero();
            assertThat(SavedCriteria.fillMissing(client))
                    .as("a second run finds nothing left but the refused query")
                    .isZero();
        });
    }

    private long saved(String kind, String query) {
        return jdbc.queryForObject(
                "INSERT INTO saved_search (username, kind, query) VALUES ('staff', ?, ?) RETURNING id",
                Long.class,
                kind,
                query);
    }

    private static List<String> texts(Object array) {
        try {
            return List.of((String[]) ((java.sql.Array) array).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
