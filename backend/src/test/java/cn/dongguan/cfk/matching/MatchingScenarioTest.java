package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching on sites the tests lay out themselves (rolled back after each test): adjacent parcels
 * assembled into one site, whole floors preferred, unknown data reported, location limits kept.
 */
@IntegrationTest
@Transactional
class MatchingScenarioTest {

    private static final String TOWN = "QINGXI";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    JsonMapper json = JsonMapper.builder().build();
    SiteFixtures sites;
    double[] spot;

    @BeforeEach
    void anEmptySpot() {
        sites = new SiteFixtures(jdbc);
        spot = sites.clearSpot(TOWN);
    }

    @Test
    void adjacentParcelsTouchingOrAcrossANarrowRoadAreOfferedTogetherButNotAcrossAWiderGap() throws Exception {
        double x = spot[0];
        double y = spot[1];
        long a = sites.parcel(TOWN, x, y, 40, 100, null);
        long b = sites.parcel(TOWN, x + 40, y, 40, 100, null);
        long c = sites.parcel(TOWN, x + 80, y, 40, 100, null);
        long d = sites.parcel(TOWN, x + 125, y, 40, 100, null);
        long e = sites.parcel(TOWN, x + 180, y, 40, 100, null);

        JsonNode answer = preview(
                Map.of(
                        "siteKind",
                        "LAND",
                        "minAreaMu",
                        23,
                        "maxAreaMu",
                        25,
                        "pollutionClass",
                        1,
                        "preferredTowns",
                        List.of(TOWN),
                        "locationHard",
                        true),
                50);

        String group = "P" + a + "-" + b + "-" + c + "-" + d;
        JsonNode found = find(answer.get("items"), group);
        assertThat(found)
                .as("the four parcels within 10 m of each other, %s", ids(answer.get("items")))
                .isNotNull();
        assertThat(found.get("kind").asString()).isEqualTo("PARCELS");
        assertThat(DataCheck.ids(found.get("parcelIds"))).containsExactly(a, b, c, d);
        assertThat(found.get("totalAreaMu").asDouble()).isBetween(23.0, 25.0);
        assertThat(found.get("criteria").get(0).get("reasonZh").asString()).contains("4 宗相邻地块", "道路");
        assertThat(found.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(found.get("geometry").get("coordinates").size()).isEqualTo(4);
        for (JsonNode item : answer.get("items")) {
            assertThat(item.get("id").asString())
                    .as("parcel %d is 15 m away from the others", e)
                    .doesNotContain(Long.toString(e));
        }
    }

    @Test
    void aWholeFloorIsPreferredToTheSameAreaInPartsOfTwoFloors() throws Exception {
        long building = sites.building(TOWN, "丙", spot[0], spot[1], 3);
        long whole = sites.unit(building, 1, 3000, 3000, 12.0, 2000.0, 500.0);
        long partOf2 = sites.unit(building, 2, 1600, 1600, 12.0, 2000.0, 500.0);
        sites.unit(building, 2, 1400, 0, 12.0, 2000.0, 500.0);
        long partOf3 = sites.unit(building, 3, 1500, 1500, 12.0, 2000.0, 500.0);
        sites.unit(building, 3, 1500, 0, 12.0, 2000.0, 500.0);

        Map<String, Object> need = Map.of(
                "siteKind",
                "SPACE",
                "minAreaM2",
                2800,
                "maxAreaM2",
                3400,
                "minCeilingHeightM",
                11.5,
                "preferredTowns",
                List.of(TOWN),
                "locationHard",
                true);
        JsonNode answer = preview(need, 10);

        assertThat(answer.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("buildingId").asLong()).isEqualTo(building);
            assertThat(DataCheck.ids(item.get("unitIds"))).containsExactly(whole);
            assertThat(item.get("criteria").get(0).get("reasonZh").asString()).contains("整层");
            assertThat(item.get("facts").get("wholeFloorShare").asDouble()).isEqualTo(1.0);
        });

        JsonNode both = evaluate(need, List.of("U" + whole, "U" + partOf2 + "-" + partOf3));
        int wholeArea =
                both.get("items").get(0).get("criteria").get(0).get("score").asInt();
        int partsArea =
                both.get("items").get(1).get("criteria").get(0).get("score").asInt();
        assertThat(wholeArea).isGreaterThan(partsArea);
        assertThat(both.get("items")
                        .get(1)
                        .get("criteria")
                        .get(0)
                        .get("reasonZh")
                        .asString())
                .contains("非整层", "楼层相邻");
    }

    @Test
    void unknownPowerAndFloorLoadAreReportedAsUnknownNotTakenAsZeroOrPassed() throws Exception {
        long building = sites.building(TOWN, "丙", spot[0], spot[1], 1);
        long unit = sites.unit(building, 1, 3000, 3000, 12.0, null, null);

        JsonNode answer = preview(
                Map.of(
                        "siteKind",
                        "SPACE",
                        "minAreaM2",
                        2800,
                        "maxAreaM2",
                        3400,
                        "minCeilingHeightM",
                        11.5,
                        "minFloorLoadKgM2",
                        1000,
                        "minPowerKva",
                        300,
                        "preferredTowns",
                        List.of(TOWN),
                        "locationHard",
                        true),
                10);

        assertThat(answer.get("items")).isEmpty();
        JsonNode miss = find(answer.get("nearMisses"), "U" + unit);
        assertThat(miss).isNotNull();
        List<String> unknown = new ArrayList<>();
        miss.get("failed").forEach(f -> {
            assertThat(f.get("unknown").asBoolean()).as(f.toString()).isTrue();
            unknown.add(f.get("filter").asString());
        });
        assertThat(unknown).containsExactly("floorLoad", "power");
        assertThat(miss.get("facts").get("totalPowerKva").isNull()).isTrue();
        assertThat(miss.get("facts").get("unknownPowerUnits").asInt()).isOne();
    }

    @Test
    void aHardLocationLimitKeepsEveryCandidateInsideWhileAPreferenceOnlyScoresIt() throws Exception {
        String town = jdbc.sql("""
                SELECT b.town_code FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE u.status = 'VACANT' GROUP BY b.town_code ORDER BY count(*) DESC, b.town_code LIMIT 1""").query(String.class).single();
        String neutral = "area:30,cost:25,industry:25,location:0,readiness:10,freshness:10";

        JsonNode hard = preview(
                Map.of(
                        "siteKind",
                        "SPACE",
                        "minAreaM2",
                        500,
                        "maxAreaM2",
                        3000,
                        "preferredTowns",
                        List.of(town),
                        "locationHard",
                        true),
                20,
                neutral);
        assertThat(hard.get("items").size()).isGreaterThan(5);
        for (JsonNode item : hard.get("items")) {
            assertThat(item.get("townCode").asString()).isEqualTo(town);
        }

        JsonNode soft = preview(
                Map.of(
                        "siteKind",
                        "SPACE",
                        "minAreaM2",
                        500,
                        "maxAreaM2",
                        3000,
                        "preferredTowns",
                        List.of(town),
                        "locationHard",
                        false),
                20,
                neutral);
        assertThat(soft.get("items"))
                .anyMatch(item -> !item.get("townCode").asString().equals(town));
        for (JsonNode item : soft.get("items")) {
            int location = item.get("criteria").get(3).get("score").asInt();
            if (item.get("townCode").asString().equals(town)) {
                assertThat(location).isEqualTo(100);
            } else {
                assertThat(location).isLessThan(100);
                assertThat(item.get("criteria").get(3).get("reasonZh").asString())
                        .startsWith("距首选镇街");
            }
        }

        JsonNode preferred = preview(
                Map.of("siteKind", "SPACE", "minAreaM2", 500, "maxAreaM2", 3000, "preferredTowns", List.of(town)),
                5,
                "area:10,cost:10,industry:10,location:60,readiness:5,freshness:5");
        for (JsonNode item : preferred.get("items")) {
            assertThat(item.get("townCode").asString()).isEqualTo(town);
        }
    }

    @Test
    void aHardParkLimitKeepsEveryCandidateInThePark() throws Exception {
        JsonNode answer = preview(
                Map.of(
                        "siteKind",
                        "EITHER",
                        "minAreaM2",
                        500,
                        "maxAreaM2",
                        5000,
                        "minAreaMu",
                        3,
                        "maxAreaMu",
                        60,
                        "preferredParks",
                        List.of("DG-P05"),
                        "locationHard",
                        true),
                30);
        assertThat(answer.get("items").size()).isGreaterThan(3);
        for (JsonNode item : answer.get("items")) {
            assertThat(item.get("parkCode").asString()).isEqualTo("DG-P05");
            assertThat(item.get("criteria").get(3).get("reasonZh").asString()).contains("位于首选园区");
        }
    }

    @Test
    void aPointIsAPreferenceScoredByDistance() throws Exception {
        long building = sites.building(TOWN, "丙", spot[0], spot[1], 1);
        long unit = sites.unit(building, 1, 3000, 3000, 12.0, 2000.0, 500.0);
        Map<String, Object> at = jdbc.sql(
                        "SELECT ST_X(ST_Centroid(geom)) AS lon, ST_Y(ST_Centroid(geom)) AS lat FROM building WHERE id = :id")
                .param("id", building)
                .query()
                .singleRow();
        JsonNode answer = preview(
                Map.of(
                        "siteKind",
                        "SPACE",
                        "minAreaM2",
                        2800,
                        "maxAreaM2",
                        3400,
                        "minCeilingHeightM",
                        11.5,
                        "point",
                        at),
                10);
        JsonNode item = find(answer.get("items"), "U" + unit);
        assertThat(item.get("criteria").get(3).get("score").asInt()).isEqualTo(100);
        assertThat(item.get("criteria").get(3).get("reasonEn").asString()).contains("given point");
    }

    private JsonNode preview(Map<String, Object> need, int limit) throws Exception {
        return preview(need, limit, null);
    }

    private JsonNode preview(Map<String, Object> need, int limit, String weights) throws Exception {
        return json.readTree(mvc.perform(post("/api/matching/preview")
                        .with(httpBasic("staff", "demo"))
                        .param("limit", Integer.toString(limit))
                        .param("weights", weights)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(need)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private JsonNode evaluate(Map<String, Object> need, List<String> candidates) throws Exception {
        return json.readTree(mvc.perform(post("/api/matching/evaluate")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("requirement", need, "candidates", candidates))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
