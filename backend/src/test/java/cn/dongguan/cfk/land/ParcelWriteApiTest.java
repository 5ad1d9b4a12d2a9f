package cn.dongguan.cfk.land;

import static cn.dongguan.cfk.support.WriteRequests.JSON;
import static cn.dongguan.cfk.support.WriteRequests.MERGE_PATCH;
import static cn.dongguan.cfk.support.WriteRequests.etag;
import static cn.dongguan.cfk.support.WriteRequests.idOf;
import static cn.dongguan.cfk.support.WriteRequests.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * A park manager adds land parcels by their boundary and changes them with merge patches under
 * If-Match, in park DG-P30, on parcels made for each test.
 */
@IntegrationTest
class ParcelWriteApiTest {

    private static final String PARK = "DG-P30";
    private static final String MANAGER = "manager30";
    /** Stands in the cases below for the number of a parcel that exists. */
    private static final String TAKEN = "{taken}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    @Test
    void aManagerAddsAParcelWithItsAreaAndTownFromTheBoundary() throws Exception {
        Box box = land.inPark(PARK, 80);
        String boundary = box.polygon();
        String parcelNo = Inventory.unique("DG2026-QS-T");
        String body = """
                {"parcelNo": "%s", "parkCode": "DG-P30", "planningUse": "M1", "plotRatioMin": 1.5,
                 "plotRatioMax": 3.5, "buildingDensity": 0.45, "greenRatio": 0.15, "heightLimitM": 50,
                 "developmentState": "READY", "status": "AVAILABLE", "referencePriceWanYuan": 1800,
                 "earliestSupplyDate": "2026-10-01", "minInvestmentWanYuanMu": 300, "minTaxWanYuanMu": 25,
                 "minOutputWanYuanMu": 600, "maxEnergyTceWanYuan": 0.045, "geometry": %s}""".formatted(parcelNo, boundary);

        String response = mvc.perform(post("/api/parcels")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/parcels/\\d+")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.parcelNo").value(parcelNo))
                .andExpect(jsonPath("$.parkCode").value(PARK))
                .andExpect(jsonPath("$.townCode").value(inventory.townAt(boundary)))
                .andExpect(jsonPath("$.planningUse").value("M1"))
                .andExpect(jsonPath("$.plotRatioMin").value(1.5))
                .andExpect(jsonPath("$.plotRatioMax").value(3.5))
                .andExpect(jsonPath("$.buildingDensity").value(0.45))
                .andExpect(jsonPath("$.greenRatio").value(0.15))
                .andExpect(jsonPath("$.heightLimitM").value(50))
                .andExpect(jsonPath("$.developmentState").value("READY"))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.referencePriceWanYuan").value(1800))
                .andExpect(jsonPath("$.earliestSupplyDate").value("2026-10-01"))
                .andExpect(jsonPath("$.minInvestmentWanYuanMu").value(300))
                .andExpect(jsonPath("$.minTaxWanYuanMu").value(25))
                .andExpect(jsonPath("$.minOutputWanYuanMu").value(600))
                .andExpect(jsonPath("$.maxEnergyTceWanYuan").value(0.045))
                .andExpect(jsonPath("$.geometry.type").value("MultiPolygon"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode parcel = JSON.readTree(response);
        BigDecimal expectedArea = BigDecimal.valueOf(jdbc.queryForObject(
                        "SELECT ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)::geography)", Double.class, boundary))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(parcel.get("areaM2").decimalValue()).isEqualByComparingTo(expectedArea);
        assertThat(parcel.get("areaMu").decimalValue())
                .isEqualByComparingTo(expectedArea
                        .multiply(BigDecimal.valueOf(15))
                        .divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP));

        mvc.perform(get("/api/parcels/{id}", parcel.get("id").asLong()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.parcelNo").value(parcelNo));
        assertThat(jdbc.queryForObject(
                        "SELECT GeometryType(geom) FROM parcel WHERE id = ?",
                        String.class,
                        parcel.get("id").asLong()))
                .isEqualTo("MULTIPOLYGON");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"parcelNo\": null                                  | parcelNo",
                "\"parcelNo\": \"{taken}\"                           | parcelNo",
                "\"parcelNo\": \"X1234567890123456789012345678901234\" | parcelNo",
                "\"planningUse\": \"M9\"                             | planningUse",
                "\"planningUse\": null                               | planningUse",
                "\"plotRatioMin\": 3, \"plotRatioMax\": 2            | plotRatioMax",
                "\"plotRatioMin\": 0                                 | plotRatioMin",
                "\"buildingDensity\": 1.5                            | buildingDensity",
                "\"greenRatio\": -0.1                                | greenRatio",
                "\"heightLimitM\": 0                                 | heightLimitM",
                "\"developmentState\": \"DONE\"                      | developmentState",
                "\"status\": \"SOLD\"                                | status",
                "\"referencePriceWanYuan\": -1                       | referencePriceWanYuan",
                "\"earliestSupplyDate\": \"soon\"                    | earliestSupplyDate",
                "\"minInvestmentWanYuanMu\": 0                       | minInvestmentWanYuanMu",
                "\"minTaxWanYuanMu\": -5                             | minTaxWanYuanMu",
                "\"minOutputWanYuanMu\": \"high\"                    | minOutputWanYuanMu",
                "\"maxEnergyTceWanYuan\": 0.123456                   | maxEnergyTceWanYuan",
                "\"areaM2\": 5000                                    | areaM2",
                "\"townCode\": \"QISHI\"                             | townCode",
                "\"parkCode\": \"30\"                                | parkCode",
                "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[114.05, 23.07], [114.06, 23.07]]} | geometry",
            })
    void badParcelsAreRefusedNamingTheFieldAndChangeNothing(String override, String field) throws Exception {
        String members = withTakenNumber(override); // first: the parcel it makes takes free land
        String body = merged(body(land.inPark(PARK, 30)), members);
        long before = parcels();
        mvc.perform(post("/api/parcels")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
        assertThat(parcels()).isEqualTo(before);
    }

    @Test
    void aBoundaryOnAnotherParcelIsRefusedNamingItWhileTouchingIsFine() throws Exception {
        Box box = land.inPark(PARK, 60);
        long west = idOf(create(box.part(0, 0, 0.5, 1)));
        idOf(create(box.part(0.5, 0, 1, 1)));

        long before = parcels();
        create(box.part(0.3, 0.2, 0.45, 0.8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.overlapsParcelId").value(west))
                .andExpect(jsonPath("$.detailEn", containsString("overlaps parcel " + west)));
        assertThat(parcels()).isEqualTo(before);
    }

    @Test
    void landOutsideTheParksMustNotReachIntoAPark() throws Exception {
        long before = parcels();
        mvc.perform(post("/api/parcels")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(land.inPark(PARK, 30)).replace("\"parkCode\": \"DG-P30\"", "\"parkCode\": null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("set parkCode to DG-P30")));
        assertThat(parcels()).isEqualTo(before);
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() throws Exception {
        long id = idOf(create(land.inPark(PARK, 40)));
        Map<String, Object> before = row(id);

        for (String patch : List.of("{}", "{\"status\": \"" + before.get("status") + "\", \"planningUse\": \"M2\"}")) {
            mvc.perform(patch("/api/parcels/{id}", id)
                            .with(httpBasic(MANAGER, "demo"))
                            .header("If-Match", "\"0\"")
                            .contentType(MERGE_PATCH)
                            .content(patch))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"0\""));
        }
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void aPatchChangesTheFieldsItNamesAndANewBoundaryItsArea() throws Exception {
        long id = idOf(create(land.inPark(PARK, 40)));
        String etag = mvc.perform(get("/api/parcels/{id}", id))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        mvc.perform(patch("/api/parcels/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag)
                        .contentType(MERGE_PATCH)
                        .content("{\"status\": \"SUPPLIED\", \"referencePriceWanYuan\": null}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("SUPPLIED"))
                .andExpect(jsonPath("$.referencePriceWanYuan").isEmpty())
                .andExpect(jsonPath("$.planningUse").value("M2"));

        Box larger = land.inPark(PARK, 70);
        mvc.perform(patch("/api/parcels/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"geometry\": " + larger.polygon() + "}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        BigDecimal expected = jdbc.queryForObject("""
                SELECT round(CAST(ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)::geography) AS numeric), 2)""", BigDecimal.class, larger.polygon());
        assertThat(jdbc.queryForObject("SELECT area_m2 FROM parcel WHERE id = ?", BigDecimal.class, id))
                .isEqualByComparingTo(expected);
    }

    @Test
    void aPatchWithoutIfMatchIs428AndAStaleOneIs412AndNeitherChangesAnything() throws Exception {
        long id = idOf(create(land.inPark(PARK, 40)));
        Map<String, Object> before = row(id);
        mvc.perform(patch("/api/parcels/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MERGE_PATCH)
                        .content("{\"status\": \"BUILT\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.field").value("If-Match"));
        assertThat(row(id)).isEqualTo(before);

        mvc.perform(patch("/api/parcels/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"status\": \"RESERVE\"}"))
                .andExpect(status().isOk());
        Map<String, Object> changed = row(id);
        mvc.perform(patch("/api/parcels/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"status\": \"BUILT\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(row(id)).isEqualTo(changed);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"owner\": \"某公司\"}                 | owner",
                "{\"areaMu\": 3}                         | areaMu",
                "{\"parcelNo\": \"{taken}\"}             | parcelNo",
                "{\"parcelNo\": null}                    | parcelNo",
                "{\"status\": null}                      | status",
                "{\"plotRatioMin\": 19}                  | plotRatioMin",
                "{\"plotRatioMax\": 0.5}                 | plotRatioMax",
                "{\"crs\": \"EPSG:3857\"}                | crs",
                "{\"geometry\": null}                    | geometry",
            })
    void badPatchesAreRefusedNamingTheFieldAndChangeNothing(String patchBody, String field) throws Exception {
        long id = inventory.parcel(PARK, Inventory.unique("T30-"));
        Map<String, Object> before = row(id);
        mvc.perform(patch("/api/parcels/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(before.get("version")))
                        .contentType(MERGE_PATCH)
                        .content(withTakenNumber(patchBody)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        assertThat(row(id)).isEqualTo(before);
    }

    private ResultActions create(Box box) throws Exception {
        return mvc.perform(post("/api/parcels")
                .with(httpBasic(MANAGER, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(box)));
    }

    private static String body(Box box) {
        return "{\"parcelNo\": \"" + Inventory.unique("T30-")
                + "\", \"parkCode\": \"DG-P30\", \"planningUse\": \"M2\", \"status\": \"AVAILABLE\", \"geometry\": "
                + box.polygon() + "}";
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                SELECT parcel_no, park_code, town_code, ST_AsText(geom) AS geom, area_m2, planning_use, plot_ratio_min,
                       plot_ratio_max, building_density, green_ratio, height_limit_m, development_state, status,
                       reference_price_wan_yuan, earliest_supply_date, version
                FROM parcel WHERE id = ?""", id);
    }

    private long parcels() {
        return inventory.count("parcel");
    }

    /** The body with {@link #TAKEN} standing for the number of a parcel made for the test. */
    private String withTakenNumber(String body) {
        if (!body.contains(TAKEN)) {
            return body;
        }
        String number = Inventory.unique("T30-TAKEN-");
        inventory.parcel(PARK, number);
        return body.replace(TAKEN, number);
    }
}
