package cn.dongguan.cfk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.Api;
import cn.dongguan.cfk.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** What the web map reads besides the searches: its layers, its configuration, building lists and statistics. */
@IntegrationTest
class MapApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    @Test
    void townsAreThirtyTwoSimplifiedBoundariesWithLabels() throws Exception {
        mvc.perform(get("/api/map/towns"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json")))
                .andExpect(header().string("Cache-Control", containsString("max-age")));
        JsonNode towns = api.get("/api/map/towns");
        assertThat(towns.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(towns.get("features")).hasSize(32).allSatisfy(f -> {
            assertThat(f.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
            assertThat(f.get("properties").get("name").asString()).isNotBlank();
            assertThat(f.get("properties").get("nameEn").asString()).isNotBlank();
            assertThat(f.get("properties").get("label")).hasSize(2);
        });
        long fullPoints = jdbc.queryForObject("SELECT sum(ST_NPoints(geom)) FROM town", Long.class);
        long sentPoints = 0;
        for (JsonNode f : towns.get("features")) {
            sentPoints += f.get("geometry").toString().split("\\],\\[").length;
        }
        assertThat(sentPoints).isLessThanOrEqualTo(fullPoints);
    }

    @Test
    void parksAreDrawnWithTheFiguresOfTheParkListAndTheOgcCollection() throws Exception {
        JsonNode parks = api.get("/api/map/parks");
        JsonNode list = api.get("/api/parks");
        JsonNode ogc = api.get("/ogc/collections/parks/items");
        assertThat(parks.get("features")).hasSize(35);
        for (int i = 0; i < 35; i++) {
            JsonNode p = parks.get("features").get(i).get("properties");
            JsonNode o = ogc.get("features").get(i).get("properties");
            assertThat(o.get("code").asString()).isEqualTo(p.get("code").asString());
            for (String figure : List.of("floorAreaM2", "vacantAreaM2", "vacancyRate", "availableLandMu")) {
                assertThat(p.get(figure).asDouble())
                        .as(figure)
                        .isEqualTo(o.get(figure).asDouble());
                assertThat(p.get(figure).asDouble())
                        .as(figure)
                        .isEqualTo(list.get(i).get(figure).asDouble());
            }
            assertThat(p.get("code").asString())
                    .isEqualTo(list.get(i).get("code").asString());
            assertThat(p.get("vacancyRate").asDouble())
                    .isEqualTo(list.get(i).get("vacancyRate").asDouble());
            assertThat(p.get("availableLandMu").asDouble())
                    .isEqualTo(list.get(i).get("availableLandMu").asDouble());
            assertThat(parks.get("features").get(i).get("geometry").get("type").asString())
                    .isEqualTo("MultiPolygon");
        }
    }

    /** Whether a building is stale is checked at the rule's boundary by FreshnessRuleTest. */
    @Test
    void buildingsInABoxCarryTheirVacancyShare() throws Exception {
        String bbox = "113.70,22.75,113.85,22.85";
        long inBox = jdbc.queryForObject(
                "SELECT count(*) FROM building WHERE geom && ST_MakeEnvelope(113.70, 22.75, 113.85, 22.85, 4326)",
                Long.class);
        assertThat(inBox).isBetween(1L, 1500L);
        JsonNode layer = api.get("/api/map/buildings?bbox=" + bbox);
        assertThat(layer.get("truncated").asBoolean()).isFalse();
        assertThat(layer.get("features")).hasSize((int) inBox);

        JsonNode some = layer.get("features").get(0).get("properties");
        Map<String, Object> truth = jdbc.queryForMap("""
                SELECT b.floor_area_m2, coalesce(sum(u.vacant_area_m2) FILTER (WHERE u.status = 'VACANT'), 0) AS vacant,
                       count(u.id) FILTER (WHERE u.status = 'VACANT') AS vacant_units
                FROM building b LEFT JOIN space_unit u ON u.building_id = b.id WHERE b.id = ? GROUP BY b.id""", some.get("id").asLong());
        double floor = ((Number) truth.get("floor_area_m2")).doubleValue();
        double vacant = ((Number) truth.get("vacant")).doubleValue();
        assertThat(some.get("vacantAreaM2").asDouble()).isCloseTo(vacant, offset(0.01));
        assertThat(some.get("vacancyShare").asDouble()).isCloseTo(vacant / floor, offset(0.0001));
        assertThat(some.get("vacantUnits").asLong()).isEqualTo(((Number) truth.get("vacant_units")).longValue());
        assertThat(some.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "name",
                        "type",
                        "parkCode",
                        "townCode",
                        "floors",
                        "floorAreaM2",
                        "fireHazardClass",
                        "vacantAreaM2",
                        "vacancyShare",
                        "vacantUnits",
                        "stale");
    }

    @Test
    void theBuildingLayerIsBoundedWhateverTheBox() throws Exception {
        JsonNode city = api.get("/api/map/buildings?bbox=113.5,22.6,114.3,23.2&limit=100");
        assertThat(city.get("features")).hasSize(100);
        assertThat(city.get("truncated").asBoolean()).isTrue();
        JsonNode defaults = api.get("/api/map/buildings?bbox=113.5,22.6,114.3,23.2");
        assertThat(defaults.get("features")).hasSize(1500);
        assertThat(defaults.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void parcelsInABoxFollowTheLandFilters() throws Exception {
        JsonNode layer = api.get("/api/map/parcels?bbox=113.5,22.6,114.3,23.2&status=AVAILABLE&planningUse=M1");
        long expected = jdbc.queryForObject(
                "SELECT count(*) FROM parcel WHERE status = 'AVAILABLE' AND planning_use = 'M1'", Long.class);
        assertThat(layer.get("features")).hasSize((int) expected).allSatisfy(f -> {
            assertThat(f.get("properties").get("status").asString()).isEqualTo("AVAILABLE");
            assertThat(f.get("properties").get("planningUse").asString()).isEqualTo("M1");
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        });
        assertThat(api.get("/api/map/parcels?bbox=113.5,22.6,114.3,23.2&limit=10")
                        .get("truncated")
                        .asBoolean())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/map/buildings | bbox",
                "/api/map/buildings?bbox=1,2 | bbox",
                "/api/map/buildings?bbox=113.5,22.6,114.3,23.2&limit=1501 | limit",
                "/api/map/parcels?bbox=113.5,22.6,114.3,23.2&limit=2001 | limit",
                "/api/map/parcels?bbox=113.5,22.6,114.3,23.2&limit=0 | limit",
                "/api/map/parcels?bbox=113.5,22.6,114.3,23.2&status=GONE | status",
                "/api/map/parcels?status=GONE | bbox",
                "/api/map/parcels?bbox=113.5,22.6,114.3,23.2&minAreaMu=abc | minAreaMu",
                "/api/map/buildings?bbox=113.5,22.6,114.3,23.2&limit=x | limit",
                "/api/buildings?park=P1 | park",
                "/api/stats/vacancy?groupBy=street | groupBy"
            })
    void badParametersAnswer400NamingTheParameter(String url, String field) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void theBasemapIsNoneByDefaultAndTheExtentIsDongguan() throws Exception {
        mvc.perform(get("/api/map/config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basemap").doesNotExist())
                .andExpect(jsonPath("$.bounds[0][0]").value(22.6))
                .andExpect(jsonPath("$.bounds[1][1]").value(114.3));
    }

    @Test
    void aParksBuildingsAreListedByNameWithTheirVacancy() throws Exception {
        List<JsonNode> buildings = api.all("/api/buildings?park=DG-P02", 50);
        assertThat((long) buildings.size())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM building WHERE park_code = 'DG-P02'", Long.class));
        assertThat(buildings).allSatisfy(b -> {
            assertThat(b.get("parkCode").asString()).isEqualTo("DG-P02");
            assertThat(b.get("vacancyShare").asDouble()).isBetween(0.0, 1.0);
        });
        double vacant = buildings.stream()
                .mapToDouble(b -> b.get("vacantAreaM2").asDouble())
                .sum();
        JsonNode park = api.get("/api/parks/DG-P02");
        assertThat(vacant).isCloseTo(park.get("vacantAreaM2").asDouble(), offset(0.1));
    }

    @Test
    void vacancyByTownAddsUpToTheCityAndByParkMatchesTheParks() throws Exception {
        JsonNode byTown = api.get("/api/stats/vacancy?groupBy=town");
        assertThat(byTown.get("groupBy").asString()).isEqualTo("town");
        assertThat(byTown.get("items")).hasSize(32);
        double vacant = 0;
        for (JsonNode t : byTown.get("items")) {
            vacant += t.get("vacantAreaM2").asDouble();
        }
        double cityVacant = jdbc.queryForObject("""
                SELECT sum(u.vacant_area_m2) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE u.status = 'VACANT' AND b.started_on <= dongguan_today() -- not future supply (V220)""", Double.class);
        assertThat(vacant).isCloseTo(cityVacant, offset(0.5));

        JsonNode byPark = api.get("/api/stats/vacancy?groupBy=park");
        JsonNode parks = api.get("/api/parks");
        assertThat(byPark.get("items")).hasSize(35);
        for (int i = 0; i < 35; i++) {
            assertThat(byPark.get("items").get(i).get("code").asString())
                    .isEqualTo(parks.get(i).get("code").asString());
            assertThat(byPark.get("items").get(i).get("vacancyRate").asDouble())
                    .isEqualTo(parks.get(i).get("vacancyRate").asDouble());
        }
        assertThat(api.get("/api/stats/vacancy?groupBy=industry")
                        .get("items")
                        .get(0)
                        .get("nameEn")
                        .asString())
                .isNotBlank();
    }
}
