package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.Api;
import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/spaces on the sample data, against an oracle: every unit read straight from the tables and
 * filtered in Java. Each filter must keep exactly the units that satisfy it, over all pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaceSearchApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** The app's clock, not pinned by this class. */
    @Autowired
    Clock clock;

    Api api;
    List<Unit> units;

    /** A unit as the oracle sees it. */
    record Unit(
            long id,
            String status,
            BigDecimal vacantArea,
            BigDecimal ceilingHeight,
            BigDecimal floorLoad,
            BigDecimal power,
            BigDecimal rent,
            LocalDate availableFrom,
            Instant lastConfirmed,
            int floorFrom,
            String townCode,
            String parkCode,
            String fireClass,
            List<String> industries,
            String text,
            double lon,
            double lat) {

        /** Hidden listings: the rule itself is checked at its boundary by FreshnessRuleTest. */
        boolean publiclyListed(Clock clock) {
            return status.equals("VACANT") && vacantArea.signum() > 0 && !Freshness.isHidden(lastConfirmed, clock);
        }
    }

    @BeforeAll
    void readTheTables() {
        api = new Api(mvc);
        units = jdbc.query(
                """
                SELECT u.id, u.status, u.vacant_area_m2, u.ceiling_height_m, u.floor_load_kg_m2, u.power_kva,
                       u.rent_yuan_m2_month, u.available_from, u.last_confirmed_at, u.floor_from, b.town_code,
                       b.park_code, b.fire_hazard_class,
                       ARRAY(SELECT industry_code FROM park_industry i WHERE i.park_code = b.park_code) AS industries,
                       concat_ws(' ', b.name, b.address, p.name, t.name, t.name_en) AS text,
                       ST_X(ST_PointOnSurface(b.geom)) AS lon, ST_Y(ST_PointOnSurface(b.geom)) AS lat
                FROM space_unit_supply u JOIN building b ON b.id = u.building_id JOIN town t ON t.code = b.town_code
                LEFT JOIN park p ON p.code = b.park_code""",
                (rs, i) -> new Unit(
                        rs.getLong("id"),
                        rs.getString("status"),
                        rs.getBigDecimal("vacant_area_m2"),
                        rs.getBigDecimal("ceiling_height_m"),
                        rs.getBigDecimal("floor_load_kg_m2"),
                        rs.getBigDecimal("power_kva"),
                        rs.getBigDecimal("rent_yuan_m2_month"),
                        rs.getObject("available_from", LocalDate.class),
                        rs.getObject("last_confirmed_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("floor_from"),
                        rs.getString("town_code"),
                        rs.getString("park_code"),
                        rs.getString("fire_hazard_class"),
                        Arrays.asList((String[]) rs.getArray("industries").getArray()),
                        rs.getString("text"),
                        rs.getDouble("lon"),
                        rs.getDouble("lat")));
    }

    /** The API's answer over all pages must be exactly the listed units that satisfy {@code filter}. */
    private List<JsonNode> assertFinds(String query, Predicate<Unit> filter) throws Exception {
        List<Long> expected = units.stream()
                .filter(u -> u.publiclyListed(clock))
                .filter(filter)
                .map(Unit::id)
                .sorted()
                .toList();
        List<JsonNode> items = api.all("/api/spaces?" + query, 500);
        List<Long> found = Api.ids(items);
        assertThat(new HashSet<>(found)).as("no unit twice").hasSize(found.size());
        assertThat(found.stream().sorted().toList()).as(query).isEqualTo(expected);
        return items;
    }

    private long listedCount() {
        return units.stream().filter(u -> u.publiclyListed(clock)).count();
    }

    private static boolean atLeast(BigDecimal value, String min) {
        return value != null && value.compareTo(new BigDecimal(min)) >= 0;
    }

    @Test
    void withoutFiltersEveryFreshVacantUnitIsListedAndNothingElse() throws Exception {
        List<JsonNode> items = assertFinds("", u -> true);
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("VACANT"));
        long hiddenAsStale = units.stream()
                .filter(u -> u.status().equals("VACANT")
                        && u.lastConfirmed().isBefore(Instant.now().minus(Duration.ofDays(121))))
                .count();
        assertThat(hiddenAsStale)
                .as("the sample has vacant listings unconfirmed for over 120 days")
                .isPositive();
        assertThat(units.stream().filter(u -> !u.status().equals("VACANT")))
                .as("and let units")
                .isNotEmpty();
    }

    @Test
    void listingsToConfirmAreFlaggedAndTheSampleHasBoth() throws Exception {
        List<JsonNode> items = api.all("/api/spaces", 500);
        assertThat(items).anySatisfy(i -> assertThat(i.get("stale").asBoolean()).isTrue());
        assertThat(items).anySatisfy(i -> assertThat(i.get("stale").asBoolean()).isFalse());
        assertThat(items)
                .allSatisfy(i -> assertThat(i.get("stale").asBoolean())
                        .isEqualTo(Freshness.isStale(
                                Instant.parse(i.get("lastConfirmedAt").asString()), clock)));
    }

    @Test
    void townKeepsItsUnits() throws Exception {
        assertFinds("town=CHANGAN", u -> u.townCode().equals("CHANGAN"));
        assertFinds(
                "town=changan,DONGCHENG",
                u -> u.townCode().equals("CHANGAN") || u.townCode().equals("DONGCHENG"));
    }

    @Test
    void parkKeepsItsUnits() throws Exception {
        List<JsonNode> items = assertFinds("park=DG-P05", u -> "DG-P05".equals(u.parkCode()));
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("parkName").asString()).startsWith("示例园区05"));
    }

    @Test
    void industryKeepsUnitsInParksPositionedForIt() throws Exception {
        String industry = jdbc.queryForObject(
                "SELECT industry_code FROM park_industry GROUP BY industry_code ORDER BY count(*), industry_code LIMIT 1",
                String.class);
        List<JsonNode> items =
                assertFinds("industry=" + industry, u -> u.industries().contains(industry));
        assertThat(items).isNotEmpty();
    }

    @Test
    void areaBoundsTheVacantArea() throws Exception {
        assertFinds("minArea=2000", u -> atLeast(u.vacantArea(), "2000"));
        assertFinds("maxArea=500", u -> u.vacantArea().compareTo(new BigDecimal("500")) <= 0);
        List<JsonNode> items = assertFinds(
                "minArea=1000&maxArea=1500",
                u -> atLeast(u.vacantArea(), "1000") && u.vacantArea().compareTo(new BigDecimal("1500")) <= 0);
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("vacantAreaM2").asDouble()).isBetween(1000.0, 1500.0));
    }

    @Test
    void ceilingHeightFloorLoadAndPowerAreMinimaAndUnknownNeverPasses() throws Exception {
        assertFinds("minCeilingHeight=6.5", u -> atLeast(u.ceilingHeight(), "6.5"));
        assertFinds("minFloorLoad=2000", u -> atLeast(u.floorLoad(), "2000"));
        assertFinds("minPowerKva=630", u -> atLeast(u.power(), "630"));
        assertThat(units.stream().filter(u -> u.publiclyListed(clock) && u.floorLoad() == null))
                .as("the sample has listed units of unknown floor load")
                .isNotEmpty();
    }

    @Test
    void maxRentIsAMaximum() throws Exception {
        assertFinds("maxRent=20", u -> u.rent() != null && u.rent().compareTo(new BigDecimal("20")) <= 0);
    }

    @Test
    void fireClassKeepsBuildingsThatAllowIt() throws Exception {
        // A building allowing 乙 (more hazardous) also allows 丙; one allowing only 丁 does not.
        assertFinds("fireClass=丙", u -> u.fireClass() != null && "甲乙丙".contains(u.fireClass()));
        assertFinds("fireClass=甲", u -> "甲".equals(u.fireClass()));
    }

    @Test
    void availableByKeepsUnitsAvailableOnThatDay() throws Exception {
        LocalDate inAMonth = LocalDate.now().plusDays(30);
        List<JsonNode> items = assertFinds(
                "availableBy=" + inAMonth,
                u -> u.availableFrom() == null || !u.availableFrom().isAfter(inAMonth));
        assertThat(items.size()).isLessThan((int) listedCount());
    }

    @Test
    void groundFloorKeepsFirstFloorUnitsOnly() throws Exception {
        assertFinds("groundFloor=true", u -> u.floorFrom() == 1);
        assertFinds("groundFloor=false", u -> u.floorFrom() > 1);
    }

    @Test
    void bboxKeepsUnitsWhosePointIsInside() throws Exception {
        double[] box = jdbc.queryForObject(
                """
                SELECT ARRAY[ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)]
                FROM (SELECT ST_Extent(geom)::geometry AS e FROM park WHERE code = 'DG-P03') x""",
                (rs, i) -> Arrays.stream((Double[]) rs.getArray(1).getArray())
                        .mapToDouble(Double::doubleValue)
                        .toArray());
        String bbox = box[0] + "," + box[1] + "," + box[2] + "," + box[3];
        List<JsonNode> items = assertFinds(
                "bbox=" + bbox, u -> u.lon() >= box[0] && u.lon() <= box[2] && u.lat() >= box[1] && u.lat() <= box[3]);
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            JsonNode xy = i.get("point").get("coordinates");
            assertThat(xy.get(0).asDouble()).isBetween(box[0], box[2]);
            assertThat(xy.get(1).asDouble()).isBetween(box[1], box[3]);
        });
    }

    /** A box from 113.9° east round the world to 113.8° crosses the antimeridian: all but a strip of the city. */
    @Test
    void aBboxAcrossTheAntimeridianKeepsUnitsOnEitherSideOfIt() throws Exception {
        List<JsonNode> items = assertFinds("bbox=113.9,22.6,113.8,23.2", u -> u.lon() >= 113.9 || u.lon() <= 113.8);
        assertThat(items).isNotEmpty();
    }

    @Test
    void qMatchesEveryWordInTheBuildingParkOrTownNames() throws Exception {
        assertFinds("q=长安", u -> u.text().contains("长安"));
        assertFinds("q=示例园区05", u -> u.text().contains("示例园区05"));
        assertFinds("q=长安 标准", u -> u.text().contains("长安") && u.text().contains("标准"));
        assertFinds("q=dongcheng", u -> u.text().toLowerCase().contains("dongcheng"));
        assertFinds("q=100%", u -> u.text().contains("100%"));
    }

    @Test
    void theNewcomersSearchFindsLargeGroundFloorsWithHeavyLoadsInATown() throws Exception {
        List<JsonNode> items = assertFinds(
                "town=CHANGAN&minArea=2000&minFloorLoad=2000&groundFloor=true",
                u -> u.townCode().equals("CHANGAN")
                        && atLeast(u.vacantArea(), "2000")
                        && atLeast(u.floorLoad(), "2000")
                        && u.floorFrom() == 1);
        assertThat(items).isNotEmpty();
    }

    @Test
    void allFiltersCombine() throws Exception {
        LocalDate by = LocalDate.now().plusDays(90);
        assertFinds(
                "minArea=300&maxArea=4000&minCeilingHeight=4&minFloorLoad=500&minPowerKva=100&maxRent=40"
                        + "&fireClass=丁&availableBy=" + by + "&bbox=113.5,22.6,114.3,23.2&q=示例",
                u -> atLeast(u.vacantArea(), "300")
                        && u.vacantArea().compareTo(new BigDecimal("4000")) <= 0
                        && atLeast(u.ceilingHeight(), "4")
                        && atLeast(u.floorLoad(), "500")
                        && atLeast(u.power(), "100")
                        && u.rent() != null
                        && u.rent().compareTo(new BigDecimal("40")) <= 0
                        && u.fireClass() != null
                        && "甲乙丙丁".contains(u.fireClass())
                        && (u.availableFrom() == null || !u.availableFrom().isAfter(by))
                        && u.text().contains("示例"));
        assertFinds(
                "park=DG-P01,DG-P02&town=DONGCHENG&maxRent=30",
                u -> ("DG-P01".equals(u.parkCode()) || "DG-P02".equals(u.parkCode()))
                        && u.townCode().equals("DONGCHENG")
                        && u.rent() != null
                        && u.rent().compareTo(new BigDecimal("30")) <= 0);
    }

    @Test
    void pagesNeverRepeatAndAddUpToTheTotal() throws Exception {
        for (String sort : List.of("rent", "-rent", "area", "-updated")) {
            List<JsonNode> items = api.all("/api/spaces?town=DONGCHENG&sort=" + sort, 7);
            assertThat(new HashSet<>(Api.ids(items))).hasSize(items.size());
        }
        JsonNode beyond = api.get("/api/spaces?town=DONGCHENG&page=100000&size=500");
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong())
                .isEqualTo(units.stream()
                        .filter(u -> u.publiclyListed(clock) && u.townCode().equals("DONGCHENG"))
                        .count());
    }

    @Test
    void defaultsAreTheFreshestFirstAndTwentyAPage() throws Exception {
        JsonNode body = api.get("/api/spaces");
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(20);
        assertThat(body.get("items")).hasSize(20);
        assertThat(body.get("total").asLong()).isEqualTo(listedCount());
        assertSorted(
                Api.ids(api.all("/api/spaces?town=CHANGAN", 500)),
                api.all("/api/spaces?town=CHANGAN", 500),
                i -> Instant.parse(i.get("lastConfirmedAt").asString()),
                true);
    }

    @ParameterizedTest
    @CsvSource({"rent, rentYuanM2Month", "area, vacantAreaM2", "updated, lastConfirmedAt"})
    @SuppressWarnings("rawtypes")
    void eachSortKeyOrdersBothWays(String key, String field) throws Exception {
        for (boolean descending : List.of(false, true)) {
            List<JsonNode> items = api.all("/api/spaces?town=CHANGAN&sort=" + (descending ? "-" : "") + key, 500);
            Function<JsonNode, Comparable> value = field.equals("lastConfirmedAt")
                    ? i -> Instant.parse(i.get(field).asString())
                    : i -> i.get(field).decimalValue();
            assertSorted(Api.ids(items), items, value, descending);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertSorted(
            List<Long> ids, List<JsonNode> items, Function<JsonNode, Comparable> key, boolean descending) {
        Comparator<JsonNode> byKey = (a, b) -> key.apply(a).compareTo(key.apply(b));
        Comparator<JsonNode> order = byKey.thenComparing(i -> i.get("id").asLong());
        assertThat(items).as("ids %s", ids).isSortedAccordingTo(descending ? order.reversed() : order);
    }

    @Test
    void rowsCarryTheUnitTheBuildingTheParkAndAPointButNeverTheOccupant() throws Exception {
        for (var request : List.of(
                get("/api/spaces?size=500"),
                get("/api/spaces?size=500").with(SecurityMockMvcRequestPostProcessors.httpBasic("staff", "demo")))) {
            mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].id").isNumber())
                    .andExpect(jsonPath("$.items[0].buildingId").isNumber())
                    .andExpect(jsonPath("$.items[0].buildingName").isString())
                    .andExpect(jsonPath("$.items[0].townName").isString())
                    .andExpect(jsonPath("$.items[0].floorFrom").isNumber())
                    .andExpect(jsonPath("$.items[0].areaM2").isNumber())
                    .andExpect(jsonPath("$.items[0].vacantAreaM2").isNumber())
                    .andExpect(jsonPath("$.items[0]", hasKey("ceilingHeightM")))
                    .andExpect(jsonPath("$.items[0]", hasKey("floorLoadKgM2")))
                    .andExpect(jsonPath("$.items[0]", hasKey("powerKva")))
                    .andExpect(jsonPath("$.items[0]", hasKey("rentYuanM2Month")))
                    .andExpect(jsonPath("$.items[0]", hasKey("availableFrom")))
                    .andExpect(jsonPath("$.items[0].lastConfirmedAt").isString())
                    .andExpect(jsonPath("$.items[0].point.type").value("Point"))
                    .andExpect(jsonPath("$.items[*].occupant").doesNotExist());
        }
        mvc.perform(get("/api/spaces?park=DG-P05&size=1"))
                .andExpect(jsonPath("$.items[0].parkCode").value("DG-P05"))
                .andExpect(jsonPath("$.items[0].parkName", containsString("示例园区05")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "minArea=abc | minArea",
                "maxRent=NaN | maxRent",
                "minArea=3000&maxArea=2000 | minArea",
                "minFloorLoad=-1 | minFloorLoad",
                "size=501 | size",
                "size=0 | size",
                "page=-1 | page",
                "page=x | page",
                "bbox=113.5,22.6,114.3 | bbox",
                "bbox=113.5,22.6,abc,23.2 | bbox",
                "bbox=113.5,23.2,114.3,22.6 | bbox",
                "bbox=113.5,22.6,0,114.3,23.2,9 | bbox",
                "bbox=113.5,22.6,114.3,95 | bbox",
                "sort=price | sort",
                "sort=-id | sort",
                "fireClass=X | fireClass",
                "availableBy=2025-13-01 | availableBy",
                "town=东城 | town",
                "park=P01 | park",
                "industry=new-energy | industry",
                "groundFloor=maybe | groundFloor"
            })
    void badParametersAnswer400NamingTheParameter(String query, String field) throws Exception {
        mvc.perform(get("/api/spaces?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh", containsString(field)))
                .andExpect(jsonPath("$.detailEn", containsString(field)));
    }
}
