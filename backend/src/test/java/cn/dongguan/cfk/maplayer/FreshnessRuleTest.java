package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one freshness rule (SPEC §7) at its boundary, the same in every answer that shows it: a listing
 * is stale (待核实) when last confirmed before the start of the local day (Dongguan) 60 days ago, and
 * leaves public search likewise at 120 days; the cut-offs move at local midnight only. Checked in the
 * unit view, the space search, the web map, the vector tiles, OGC API – Features, the manager's queue
 * and unit list, and the freshness statistics, on buildings and units of its own (rolled back).
 */
@IntegrationTest
@Transactional
class FreshnessRuleTest {

    private static final ZoneId DONGGUAN = ZoneId.of("Asia/Shanghai");
    private static final String PARK = "DG-P31";
    private static final String MANAGER = "manager31";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    LocalDate today;
    FreeLand.Box box;
    long freshBuilding;
    long staleBuilding;
    Map<Long, FreeLand.Box> footprints = new HashMap<>();
    /** Unit names as the test calls them, to their ids. */
    Map<String, Long> units = new HashMap<>();

    Map<String, Long> statsBefore;
    long queueBefore;

    @BeforeEach
    void twoBuildingsWithListingsAtTheCutOffs() throws Exception {
        today = LocalDate.of(2031, 5, 14);
        at(today.atTime(15, 30));
        statsBefore = stats();
        queueBefore = queue().get("total").asLong();

        Instant staleCut = today.minusDays(60).atStartOfDay(DONGGUAN).toInstant();
        Instant hiddenCut = today.minusDays(120).atStartOfDay(DONGGUAN).toInstant();
        box = new FreeLand(jdbc).inPark(PARK, 80);
        freshBuilding = building("新鲜度测试楼 A", box.part(0, 0, 0.4, 1));
        staleBuilding = building("新鲜度测试楼 B", box.part(0.6, 0, 1, 1));
        unit("atStaleCut", freshBuilding, "VACANT", staleCut);
        unit("letLongAgo", freshBuilding, "OCCUPIED", hiddenCut.minus(Duration.ofDays(10)));
        unit("justBeforeStaleCut", staleBuilding, "VACANT", staleCut.minusSeconds(1));
        unit("atHiddenCut", staleBuilding, "VACANT", hiddenCut);
        unit("justBeforeHiddenCut", staleBuilding, "VACANT", hiddenCut.minusSeconds(1));
    }

    @AfterEach
    void unpin() {
        clock.reset();
    }

    @Test
    void aListingConfirmedAtTheStartOfTheDay60DaysAgoIsFreshAndOneSecondEarlierStale() throws Exception {
        assertThat(unitStale("atStaleCut")).isFalse();
        assertThat(unitStale("justBeforeStaleCut")).isTrue();
        assertThat(unitStale("atHiddenCut")).isTrue();
        assertThat(unitStale("letLongAgo")).isTrue();

        assertThat(search()).containsOnlyKeys(id("atStaleCut"), id("justBeforeStaleCut"), id("atHiddenCut"));
        assertThat(search())
                .containsEntry(id("atStaleCut"), false)
                .containsEntry(id("justBeforeStaleCut"), true)
                .containsEntry(id("atHiddenCut"), true);

        // A building needs confirming when one of its vacant listings does; a let unit does not count.
        Map<Long, Boolean> expected = Map.of(freshBuilding, false, staleBuilding, true);
        assertThat(webMap()).isEqualTo(expected);
        assertThat(ogc()).isEqualTo(expected);
        assertThat(tile()).isEqualTo(expected);

        JsonNode queue = queue();
        assertThat(queue.get("total").asLong()).isEqualTo(queueBefore + 4);
        assertThat(ids(queue.get("items")))
                .contains(id("justBeforeStaleCut"), id("atHiddenCut"), id("justBeforeHiddenCut"), id("letLongAgo"))
                .doesNotContain(id("atStaleCut"));
        assertThat(managed("atStaleCut").get("stale").asBoolean()).isFalse();
        assertThat(managed("justBeforeStaleCut").get("stale").asBoolean()).isTrue();
        assertThat(managed("atHiddenCut").get("hiddenFromSearch").asBoolean()).isFalse();
        assertThat(managed("justBeforeHiddenCut").get("hiddenFromSearch").asBoolean())
                .isTrue();

        Map<String, Long> stats = stats();
        assertThat(stats.get("units")).isEqualTo(statsBefore.get("units") + 5);
        assertThat(stats.get("confirmedWithin60Days")).isEqualTo(statsBefore.get("confirmedWithin60Days") + 1);
        assertThat(stats.get("stale")).isEqualTo(statsBefore.get("stale") + 4);
        assertThat(stats.get("hiddenFromSearch")).isEqualTo(statsBefore.get("hiddenFromSearch") + 2);
    }

    @Test
    void theCutOffsHoldAllDayAndMoveAtLocalMidnight() throws Exception {
        at(today.atTime(0, 0));
        assertThat(unitStale("atStaleCut")).isFalse();
        at(today.atTime(23, 59, 59));
        assertThat(unitStale("atStaleCut")).isFalse();
        assertThat(search()).containsKey(id("atHiddenCut"));
        assertThat(webMap()).containsEntry(freshBuilding, false);
        assertThat(tile()).containsEntry(freshBuilding, false);

        at(today.plusDays(1).atStartOfDay());
        assertThat(unitStale("atStaleCut")).isTrue();
        assertThat(search()).containsOnlyKeys(id("atStaleCut"), id("justBeforeStaleCut"));
        assertThat(webMap()).containsEntry(freshBuilding, true);
        assertThat(ogc()).containsEntry(freshBuilding, true);
        assertThat(tile()).containsEntry(freshBuilding, true);
    }

    private void at(LocalDateTime local) {
        clock.pin(local.atZone(DONGGUAN).toInstant());
    }

    private long building(String name, FreeLand.Box b) {
        long id = jdbc.queryForObject("""
                INSERT INTO building (park_code, town_code, name, type, floors, floor_area_m2, geom)
                VALUES (?, (SELECT min(town_code) FROM park_town WHERE park_code = ?), ?, '标准厂房', 2, 2000,
                        ST_GeomFromGeoJSON(?)) RETURNING id""", Long.class, PARK, PARK, name, b.polygon());
        footprints.put(id, b);
        return id;
    }

    private void unit(String name, long building, String status, Instant confirmed) {
        units.put(
                name,
                jdbc.queryForObject(
                        """
                        INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, vacant_area_m2, status,
                                                last_confirmed_at)
                        VALUES (?, ?, ?, 500, ?, ?, ?) RETURNING id""",
                        Long.class,
                        building,
                        units.size() + 1,
                        units.size() + 1,
                        status.equals("VACANT") ? 500 : 0,
                        status,
                        Timestamp.from(confirmed)));
    }

    private long id(String unit) {
        return units.get(unit);
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
        return JSON.readTree(body);
    }

    private String bbox() {
        return box.west() + "," + box.south() + "," + box.east() + "," + box.north();
    }

    private boolean unitStale(String unit) throws Exception {
        return json(get("/api/units/{id}", id(unit))).get("stale").asBoolean();
    }

    /** The space search's hits in the box: unit id to its stale flag. */
    private Map<Long, Boolean> search() throws Exception {
        return flags(
                json(get("/api/spaces").param("bbox", bbox()).param("size", "500"))
                        .get("items"),
                false);
    }

    private Map<Long, Boolean> webMap() throws Exception {
        return flags(json(get("/api/map/buildings").param("bbox", bbox())).get("features"), true);
    }

    private Map<Long, Boolean> ogc() throws Exception {
        return flags(
                json(get("/ogc/collections/buildings/items").param("bbox", bbox()))
                        .get("features"),
                true);
    }

    /** Each building's flag in the z17 tile holding its middle. */
    private Map<Long, Boolean> tile() throws Exception {
        Map<Long, Boolean> flags = new HashMap<>();
        for (Map.Entry<Long, FreeLand.Box> building : footprints.entrySet()) {
            FreeLand.Box b = building.getValue();
            TileCoordinates at = TileCoordinates.containing(b.lon(0.5), b.lat(0.5), 17);
            MvcResult result = mvc.perform(get("/tiles/buildings/{z}/{x}/{y}.mvt", at.z(), at.x(), at.y()))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            JsonNode decoded = Gdal.decodeTile(result.getResponse().getContentAsByteArray(), "buildings", at);
            for (JsonNode f : decoded.get("features")) {
                if (f.get("properties").get("id").asLong() == building.getKey()) {
                    flags.put(
                            building.getKey(), f.get("properties").get("stale").asBoolean());
                }
            }
        }
        return flags;
    }

    /** Id to stale flag of search items, or of this test's buildings among {@code features}. */
    private Map<Long, Boolean> flags(JsonNode items, boolean features) {
        Map<Long, Boolean> flags = new HashMap<>();
        for (JsonNode item : items) {
            JsonNode p = features ? item.get("properties") : item;
            long id = p.get("id").asLong();
            if (!features || id == freshBuilding || id == staleBuilding) {
                flags.put(id, p.get("stale").asBoolean());
            }
        }
        return flags;
    }

    private JsonNode queue() throws Exception {
        return json(get("/api/me/to-confirm").param("size", "500").with(httpBasic(MANAGER, "demo")));
    }

    private JsonNode managed(String unit) throws Exception {
        JsonNode page = json(
                get("/api/me/units").param("park", PARK).param("size", "500").with(httpBasic(MANAGER, "demo")));
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id(unit)) {
                return item;
            }
        }
        throw new AssertionError(unit + " is not among the park's units");
    }

    private Map<String, Long> stats() throws Exception {
        for (JsonNode park : json(get("/api/stats/freshness").with(httpBasic("staff", "demo")))) {
            if (park.get("parkCode").asString().equals(PARK)) {
                Map<String, Long> figures = new HashMap<>();
                for (String name : List.of("units", "confirmedWithin60Days", "stale", "hiddenFromSearch")) {
                    figures.put(name, park.get(name).asLong());
                }
                return figures;
            }
        }
        throw new AssertionError(PARK + " has no freshness figures");
    }

    private static List<Long> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(i -> i.get("id").asLong())
                .toList();
    }
}
