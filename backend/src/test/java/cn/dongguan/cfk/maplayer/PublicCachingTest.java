package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every public map answer may be kept by any HTTP cache: the same Cache-Control ({@code public} with the
 * configured max-age and stale-while-revalidate), an ETag, and 304 to an If-None-Match naming it. Answers
 * made from a layer change their ETag when its data changes.
 */
@IntegrationTest
class PublicCachingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MapLayerProperties properties;

    private List<String> answers() {
        long parcel = jdbc.queryForObject("SELECT min(id) FROM parcel", Long.class);
        TileCoordinates park = tile("park", "code = 'DG-P07'", 14);
        return List.of(
                "/tiles/buildings/" + park.z() + "/" + park.x() + "/" + park.y() + ".mvt",
                "/tiles/buildings/13/0/0.mvt",
                "/tiles/parcels.json",
                "/ogc",
                "/ogc/conformance",
                "/ogc/api",
                "/ogc/collections",
                "/ogc/collections/parcels",
                "/ogc/collections/parcels/queryables",
                "/ogc/collections/parcels/items?limit=5",
                "/ogc/collections/parcels/items/" + parcel,
                "/api/map/config",
                "/api/map/towns",
                "/api/map/parks",
                "/api/map/buildings?bbox=113.7,22.9,113.8,23.0",
                "/api/map/parcels?bbox=113.7,22.9,113.8,23.0&status=AVAILABLE");
    }

    @Test
    void everyPublicMapAnswerHasAnETagAndOneCacheControlAndIsRevalidatedWith304() throws Exception {
        String cacheControl = properties.httpCache().cacheControl().getHeaderValue();
        assertThat(cacheControl).startsWith("max-age=").contains("public", "stale-while-revalidate=");
        List<String> etags = new ArrayList<>();
        for (String url : answers()) {
            MvcResult first = mvc.perform(get(url)).andReturn();
            String etag = first.getResponse().getHeader("ETag");

            assertThat(first.getResponse().getStatus()).as(url).isIn(200, 204);
            assertThat(etag).as(url).matches("\"[^\"]+\"");
            assertThat(first.getResponse().getHeader("Cache-Control")).as(url).isEqualTo(cacheControl);

            MvcResult again =
                    mvc.perform(get(url).header("If-None-Match", etag)).andReturn();
            assertThat(again.getResponse().getStatus()).as(url).isEqualTo(304);
            assertThat(again.getResponse().getContentAsByteArray()).as(url).isEmpty();
            assertThat(again.getResponse().getHeader("ETag")).as(url).isEqualTo(etag);
            assertThat(again.getResponse().getHeader("Cache-Control")).as(url).isEqualTo(cacheControl);
            etags.add(etag);
        }
        assertThat(etags.subList(3, etags.size())).as("documents of their own").doesNotHaveDuplicates();
    }

    @Test
    void aBadRequestIsRefusedWhateverItsIfNoneMatch() throws Exception {
        String url = "/ogc/collections/parcels/items";
        String etag = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");

        MvcResult bad =
                mvc.perform(get(url + "?limit=0").header("If-None-Match", etag)).andReturn();

        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getHeader("ETag")).isNull();
    }

    @Test
    void aChangeOfALayersDataChangesTheETagsOfItsAnswersOnly() throws Exception {
        long parcel = jdbc.queryForObject("SELECT min(id) FROM parcel", Long.class);
        List<String> parcelAnswers = List.of(
                "/ogc/collections/parcels/items",
                "/ogc/collections/parcels/items/" + parcel,
                "/api/map/parcels?bbox=113.5,22.6,114.3,23.2");
        List<String> before = etags(parcelAnswers);
        String towns = etag("/api/map/towns");

        jdbc.update("UPDATE parcel SET green_ratio = green_ratio WHERE id = ?", parcel);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (etags(parcelAnswers).equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        List<String> after = etags(parcelAnswers);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as(parcelAnswers.get(i)).isNotEqualTo(before.get(i));
        }
        assertThat(etag("/api/map/towns")).isEqualTo(towns);
    }

    private List<String> etags(List<String> urls) throws Exception {
        List<String> etags = new ArrayList<>();
        for (String url : urls) {
            etags.add(etag(url));
        }
        return etags;
    }

    private String etag(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
    }

    private TileCoordinates tile(String table, String where, int z) {
        var p = jdbc.queryForMap("SELECT ST_X(c) AS lon, ST_Y(c) AS lat FROM (SELECT ST_PointOnSurface(geom) AS c FROM "
                + table + " WHERE " + where + ") x");
        return TileCoordinates.containing(
                ((Number) p.get("lon")).doubleValue(), ((Number) p.get("lat")).doubleValue(), z);
    }
}
