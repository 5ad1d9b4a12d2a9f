package cn.dongguan.cfk.maplayer;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.security.CurrentViewer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad map-layer requests are answered 400 or 404, as bilingual problems naming the field, before
 * anything reaches the database: the services behind the controllers are mocks that must stay untouched.
 */
@WebMvcTest(controllers = {TileController.class, OgcController.class})
@AutoConfigureMockMvc(addFilters = false)
class MapLayerInputTest {

    @TestConfiguration
    @EnableConfigurationProperties(MapLayerProperties.class)
    @Import({MapCaching.class, LayerAccess.class, CurrentViewer.class})
    static class Config {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TileService tiles;

    @MockitoBean
    LayerExtents extents;

    @MockitoBean
    FeatureQueries features;

    @MockitoBean
    LayerVersions versions;

    @AfterEach
    void nothingReachedTheDatabase() {
        verifyNoInteractions(tiles, extents, features, versions);
    }

    @ParameterizedTest
    @CsvSource({
        "/tiles/buildings/23/0/0.mvt, z",
        "/tiles/buildings/-1/0/0.mvt, z",
        "/tiles/buildings/abc/0/0.mvt, z",
        "/tiles/buildings/14/16384/7116.mvt, x",
        "/tiles/buildings/14/-3/7116.mvt, x",
        "/tiles/buildings/14/1e3/7116.mvt, x",
        "/tiles/parks/0/0/1.mvt, y",
        "/tiles/towns/14/13368/7116.5.mvt, y",
        "/tiles/parcels/14/13368/y.mvt, y"
    })
    void badTileCoordinatesAnswer400NamingTheField(String path, String field) throws Exception {
        mvc.perform(get(path).accept("application/vnd.mapbox-vector-tile"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh", containsString(field)))
                .andExpect(jsonPath("$.detailEn", containsString(field)));
    }

    @ParameterizedTest
    @CsvSource({
        "/tiles/roads/14/13368/7116.mvt, 没有图层 “roads”",
        "/tiles/occupants.json, 没有图层 “occupants”",
        "/ogc/collections/roads, 没有要素集合 “roads”",
        "/ogc/collections/roads/items, 没有要素集合 “roads”",
        "/ogc/collections/roads/items/1, 没有要素集合 “roads”",
        "/ogc/collections/Buildings/items, 没有要素集合 “Buildings”"
    })
    void unknownLayersAndCollectionsAnswer404(String path, String zh) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detailZh", containsString(zh)))
                .andExpect(jsonPath("$.detailEn", containsString("towns, parks, buildings, parcels")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/ogc/collections/parcels/items?bbox=113.7,22.9,113.8|bbox",
                "/ogc/collections/parcels/items?bbox=113.7,23.0,113.8,22.9|bbox",
                "/ogc/collections/parcels/items?bbox=east,22.9,113.8,23.0|bbox",
                "/ogc/collections/parcels/items?limit=0|limit",
                "/ogc/collections/parcels/items?limit=10001|limit",
                "/ogc/collections/parcels/items?limit=many|limit",
                "/ogc/collections/parcels/items?offset=-10|offset",
                "/ogc/collections/parcels/items?status=SOLD|status",
                "/ogc/collections/parcels/items?level=国家级|level",
                "/ogc/collections/parcels/items?occupant=x|occupant",
                "/ogc/collections/parcels/items?limit=5&limit=6|limit",
                "/ogc/collections/parcels/items?f=html|f",
                "/ogc/collections/buildings/items?parkCode=07|parkCode",
                "/ogc/collections/buildings/items/12?bbox=1,2,3,4|bbox",
                "/ogc/collections?limit=10|limit",
                "/ogc?f=xml|f",
                "/ogc/conformance?lang=zh|lang"
            })
    void badOgcParametersAnswer400NamingThem(String url, String field) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh", containsString(field)))
                .andExpect(jsonPath("$.detailEn", containsString(field)));
    }
}
