package cn.dongguan.cfk.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.Api;
import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** GET /api/parcels on the sample data, against every parcel read straight from the table and filtered in Java. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParcelSearchApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    List<Land> parcels;

    record Land(
            long id,
            String parcelNo,
            String townCode,
            String parkCode,
            BigDecimal areaMu,
            String planningUse,
            String status,
            LocalDate earliestSupply,
            BigDecimal price,
            double lon,
            double lat) {}

    @BeforeAll
    void readTheTable() {
        api = new Api(mvc);
        parcels = jdbc.query(
                """
                SELECT id, parcel_no, town_code, park_code, area_m2, planning_use, status, earliest_supply_date,
                       reference_price_wan_yuan, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat
                FROM parcel""",
                (rs, i) -> new Land(
                        rs.getLong("id"),
                        rs.getString("parcel_no"),
                        rs.getString("town_code"),
                        rs.getString("park_code"),
                        rs.getBigDecimal("area_m2")
                                .multiply(new BigDecimal("15"))
                                .divide(new BigDecimal("10000"), 2, RoundingMode.HALF_UP),
                        rs.getString("planning_use"),
                        rs.getString("status"),
                        rs.getObject("earliest_supply_date", LocalDate.class),
                        rs.getBigDecimal("reference_price_wan_yuan"),
                        rs.getDouble("lon"),
                        rs.getDouble("lat")));
    }

    private List<JsonNode> assertFinds(String query, Predicate<Land> filter) throws Exception {
        List<Long> expected =
                parcels.stream().filter(filter).map(Land::id).sorted().toList();
        List<JsonNode> items = api.all("/api/parcels?" + query, 500);
        List<Long> found = Api.ids(items);
        assertThat(new HashSet<>(found)).as("no parcel twice").hasSize(found.size());
        assertThat(found.stream().sorted().toList()).as(query).isEqualTo(expected);
        return items;
    }

    @Test
    void withoutFiltersEveryParcelIsListed() throws Exception {
        assertFinds("", p -> true);
    }

    @Test
    void townAndParkKeepTheirParcels() throws Exception {
        assertThat(assertFinds("town=CHANGAN", p -> p.townCode().equals("CHANGAN")))
                .isNotEmpty();
        assertThat(assertFinds("park=dg-p11", p -> "DG-P11".equals(p.parkCode())))
                .isNotEmpty();
    }

    @Test
    void areaInMuIsComparedAsShown() throws Exception {
        List<JsonNode> items = assertFinds(
                "minAreaMu=10&maxAreaMu=30",
                p -> p.areaMu().compareTo(BigDecimal.TEN) >= 0 && p.areaMu().compareTo(new BigDecimal("30")) <= 0);
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("areaMu").asDouble()).isBetween(10.0, 30.0);
            assertThat(i.get("areaMu").asDouble()).isCloseTo(i.get("areaM2").asDouble() * 15 / 10000, offset(0.006));
        });
        assertFinds("minAreaMu=50", p -> p.areaMu().compareTo(new BigDecimal("50")) >= 0);
    }

    @Test
    void planningUseAndStatusTakeOneOrMoreValues() throws Exception {
        assertThat(assertFinds("planningUse=M1", p -> p.planningUse().equals("M1")))
                .isNotEmpty();
        assertFinds("planningUse=M0,W", p -> List.of("M0", "W").contains(p.planningUse()));
        assertThat(assertFinds("status=AVAILABLE", p -> p.status().equals("AVAILABLE")))
                .isNotEmpty();
        assertFinds(
                "status=reserve,AVAILABLE", p -> List.of("RESERVE", "AVAILABLE").contains(p.status()));
    }

    @Test
    void availableByKeepsLandThatCanBeSuppliedByThen() throws Exception {
        LocalDate by = LocalDate.now().plusDays(90);
        List<JsonNode> items = assertFinds(
                "availableBy=" + by,
                p -> p.status().equals("AVAILABLE")
                                && (p.earliestSupply() == null
                                        || !p.earliestSupply().isAfter(by))
                        || p.status().equals("RESERVE")
                                && p.earliestSupply() != null
                                && !p.earliestSupply().isAfter(by));
        assertThat(items)
                .isNotEmpty()
                .noneSatisfy(i -> assertThat(i.get("status").asString()).isIn("SUPPLIED", "BUILT"));
    }

    @Test
    void bboxKeepsParcelsWhosePointIsInside() throws Exception {
        double[] box = {113.70, 22.75, 113.85, 22.85};
        assertThat(assertFinds(
                        "bbox=113.70,22.75,113.85,22.85",
                        p -> p.lon() >= box[0] && p.lon() <= box[2] && p.lat() >= box[1] && p.lat() <= box[3]))
                .isNotEmpty();
    }

    @Test
    void aBboxAcrossTheAntimeridianKeepsParcelsOnEitherSideOfIt() throws Exception {
        assertThat(assertFinds("bbox=113.9,22.6,113.8,23.2", p -> p.lon() >= 113.9 || p.lon() <= 113.8))
                .isNotEmpty();
    }

    @Test
    void filtersCombine() throws Exception {
        assertFinds(
                "town=CHANGAN,HUMEN&minAreaMu=5&planningUse=M1,M2&status=AVAILABLE&bbox=113.5,22.6,114.3,23.2",
                p -> List.of("CHANGAN", "HUMEN").contains(p.townCode())
                        && p.areaMu().compareTo(new BigDecimal("5")) >= 0
                        && List.of("M1", "M2").contains(p.planningUse())
                        && p.status().equals("AVAILABLE"));
    }

    @Test
    void pagesNeverRepeatInAnyOrder() throws Exception {
        for (String sort : List.of("parcelNo", "-area", "price", "-supplyDate")) {
            List<JsonNode> items = api.all("/api/parcels?sort=" + sort, 9);
            assertThat(new HashSet<>(Api.ids(items))).as(sort).hasSize(parcels.size());
        }
    }

    @Test
    void sortsByAreaPriceSupplyDateAndNumber() throws Exception {
        List<JsonNode> byArea = api.all("/api/parcels?sort=-area", 500);
        assertThat(byArea)
                .isSortedAccordingTo(
                        Comparator.comparing((JsonNode i) -> i.get("areaM2").decimalValue())
                                .thenComparing(i -> i.get("id").asLong())
                                .reversed());
        List<JsonNode> byPrice = api.all("/api/parcels?sort=price", 500);
        // Unknown prices come last.
        assertThat(byPrice)
                .isSortedAccordingTo(Comparator.comparing(
                                (JsonNode i) -> i.get("referencePriceWanYuan").isNull()
                                        ? null
                                        : i.get("referencePriceWanYuan").decimalValue(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> i.get("id").asLong()));
        List<JsonNode> byNumber = api.all("/api/parcels", 500);
        assertThat(byNumber.stream().map(i -> i.get("parcelNo").asString()).toList())
                .isSorted();
        // Parcels without a supply date come last, in either direction.
        List<JsonNode> bySupply = api.all("/api/parcels?sort=-supplyDate", 500);
        List<String> dates = bySupply.stream()
                .map(i -> i.get("earliestSupplyDate").isNull()
                        ? null
                        : i.get("earliestSupplyDate").asString())
                .toList();
        int firstNull = dates.indexOf(null);
        assertThat(firstNull).isPositive();
        assertThat(dates.subList(firstNull, dates.size())).containsOnlyNulls();
        assertThat(dates.subList(0, firstNull)).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void rowsCarryTheSpecNamesAndAPoint() throws Exception {
        mvc.perform(get("/api/parcels?park=DG-P11&size=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].parcelNo").isString())
                .andExpect(jsonPath("$.items[0].parkCode").value("DG-P11"))
                .andExpect(jsonPath("$.items[0].parkName", containsString("示例园区11")))
                .andExpect(jsonPath("$.items[0].townName").isString())
                .andExpect(jsonPath("$.items[0].areaM2").isNumber())
                .andExpect(jsonPath("$.items[0].areaMu").isNumber())
                .andExpect(jsonPath("$.items[0].planningUse").isString())
                .andExpect(jsonPath("$.items[0]", hasKey("plotRatioMin")))
                .andExpect(jsonPath("$.items[0]", hasKey("plotRatioMax")))
                .andExpect(jsonPath("$.items[0].status").isString())
                .andExpect(jsonPath("$.items[0]", hasKey("earliestSupplyDate")))
                .andExpect(jsonPath("$.items[0].point.type").value("Point"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "minAreaMu=ten | minAreaMu",
                "minAreaMu=30&maxAreaMu=10 | minAreaMu",
                "maxAreaMu=-1 | maxAreaMu",
                "planningUse=M9 | planningUse",
                "status=SOLD | status",
                "availableBy=31/12/2025 | availableBy",
                "bbox=a,b,c,d | bbox",
                "bbox=113.5,23.2,114.3,22.6 | bbox",
                "sort=size | sort",
                "size=1000 | size",
                "page=-2 | page",
                "town=dong cheng | town"
            })
    void badParametersAnswer400NamingTheParameter(String query, String field) throws Exception {
        mvc.perform(get("/api/parcels?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh", containsString(field)))
                .andExpect(jsonPath("$.detailEn", containsString(field)));
    }

    @Test
    void oneParcelIsStillServedByItsId() throws Exception {
        long id = parcels.get(0).id();
        mvc.perform(get("/api/parcels/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }
}
