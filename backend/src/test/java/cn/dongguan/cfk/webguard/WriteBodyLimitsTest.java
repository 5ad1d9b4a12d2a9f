package cn.dongguan.cfk.webguard;

import static cn.dongguan.cfk.support.WriteRequests.MERGE_PATCH;
import static cn.dongguan.cfk.support.WriteRequests.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The input limits of write bodies (issue 12), over HTTP: a footprint or boundary of more vertices
 * than the limit, a number beyond its column's range or precision (or beyond any double), too many
 * preferred places and long values are refused with a 400 naming the field, never stored, rounded or
 * echoed whole. Park DG-P28, on inventory made for each test.
 */
@IntegrationTest
class WriteBodyLimitsTest {

    private static final String PARK = "DG-P28";
    private static final String MANAGER = "manager28";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    /** A ring of {@code vertices} positions (the closing one included) round the middle of the box. */
    private static String circle(Box box, int vertices) {
        double[] fractions = new double[2 * vertices];
        for (int i = 0; i < vertices - 1; i++) {
            double angle = 2 * Math.PI * i / (vertices - 1);
            fractions[2 * i] = 0.5 + 0.45 * Math.cos(angle);
            fractions[2 * i + 1] = 0.5 + 0.45 * Math.sin(angle);
        }
        fractions[2 * vertices - 2] = fractions[0];
        fractions[2 * vertices - 1] = fractions[1];
        return box.polygon(fractions);
    }

    private static String building(String name, String geometry) {
        return """
                {"parkCode": "DG-P28", "name": "%s", "type": "标准厂房", "floors": 2, "geometry": %s}""".formatted(name, geometry);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static ResultActions refused(ResultActions result, String field) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    private int buildingsNamed(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM building WHERE name = ?", Integer.class, name);
    }

    @Test
    void aFootprintOrBoundaryOfMoreVerticesThanTheLimitIsRefusedAndOneAtTheLimitIsTaken() throws Exception {
        Box box = land.inPark(PARK, 60);
        String over = Inventory.unique("顶点过多 ");
        refused(send(post("/api/buildings"), MANAGER, building(over, circle(box, 5001))), "geometry")
                .andExpect(jsonPath("$.detailEn").value(containsString("5001")))
                .andExpect(jsonPath("$.detailEn").value(containsString("at most 5000")));
        assertThat(buildingsNamed(over)).isZero();

        String parcelNo = Inventory.unique("VTX-");
        refused(
                send(post("/api/parcels"), MANAGER, """
                        {"parcelNo": "%s", "parkCode": "DG-P28", "planningUse": "M1", "status": "AVAILABLE",
                         "geometry": {"type": "MultiPolygon", "coordinates": [%s, %s]}}""".formatted(
                                parcelNo,
                                coordinates(circle(box.part(0, 0, 0.5, 0.5), 2600)),
                                coordinates(circle(box.part(0.5, 0.5, 1, 1), 2600)))),
                "geometry");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parcel WHERE parcel_no = ?", Integer.class, parcelNo))
                .isZero();

        String atLimit = Inventory.unique("顶点上限 ");
        send(post("/api/buildings"), MANAGER, building(atLimit, circle(box, 5000)))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT ST_NPoints(geom) FROM building WHERE name = ?", Integer.class, atLimit))
                .isEqualTo(5000);
    }

    /** The coordinates of a GeoJSON Polygon text. */
    private static String coordinates(String polygon) {
        return polygon.substring(
                polygon.indexOf("\"coordinates\":") + "\"coordinates\":".length(), polygon.length() - 1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "floors          | 1e9",
                "floors          | 1000000000",
                "floorAreaM2     | 1234.1234567891",
                "floorAreaM2     | 1e15",
                "floorAreaM2     | 1e400",
                "cargoLiftTonnes | 2.125",
                "yearBuilt       | 2.0e3"
            })
    void aBuildingWithANumberBeyondItsColumnIsRefused(String field, String value) throws Exception {
        Box box = land.inPark(PARK, 30);
        String name = Inventory.unique("数值越界 ");
        String body = building(name, box.polygon())
                .replace("\"floors\": 2", "\"floors\": 2, \"" + field + "\": " + value)
                .replace("\"floors\": 2, \"floors\": ", "\"floors\": ");
        refused(send(post("/api/buildings"), MANAGER, body), field);
        assertThat(buildingsNamed(name)).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rentYuanM2Month | 1e15",
                "rentYuanM2Month | 20.125",
                "rentYuanM2Month | 20.000000000000001",
                "rentYuanM2Month | 1e-400",
                "vacantAreaM2    | 12.3456789012",
                "vacantAreaM2    | 1e400",
                "vacantAreaM2    | -1e400",
                "status          | NaN",
                "rentYuanM2Month | Infinity"
            })
    void aUnitPatchWithANumberBeyondItsColumnOrNoNumberAtAllIsRefusedAndChangesNothing(String field, String value)
            throws Exception {
        long unit = inventory.unitInPark(PARK, "VACANT");
        Map<String, Object> before = inventory.unitRow(unit);
        MockHttpServletResponse response = mvc.perform(patch("/api/units/{id}", unit)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(before.get("version")))
                        .contentType(MERGE_PATCH)
                        .content("{\"" + field + "\": " + value + "}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"field\":\"" + field + "\"");
        assertThat(inventory.unitRow(unit)).isEqualTo(before);
    }

    @Test
    void aValueWithinItsColumnsPrecisionIsStoredExactly() throws Exception {
        long unit = inventory.unitInPark(PARK, "VACANT");
        Map<String, Object> before = inventory.unitRow(unit);
        mvc.perform(patch("/api/units/{id}", unit)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(before.get("version")))
                        .contentType(MERGE_PATCH)
                        .content("{\"rentYuanM2Month\": 20.35, \"vacantAreaM2\": 499.99}"))
                .andExpect(status().isOk());
        Map<String, Object> after = inventory.unitRow(unit);
        assertThat((BigDecimal) after.get("rent_yuan_m2_month")).isEqualByComparingTo("20.35");
        assertThat((BigDecimal) after.get("vacant_area_m2")).isEqualByComparingTo("499.99");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "plotRatioMax          | 3.125",
                "buildingDensity       | 0.4567",
                "heightLimitM          | 50.55",
                "referencePriceWanYuan | 1e15"
            })
    void aParcelPatchWithANumberBeyondItsColumnIsRefused(String field, String value) throws Exception {
        long parcel = inventory.parcel(PARK, Inventory.unique("DIG-"));
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM parcel WHERE id = ?", parcel);
        refused(
                mvc.perform(patch("/api/parcels/{id}", parcel)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(before.get("version")))
                        .contentType(MERGE_PATCH)
                        .content("{\"" + field + "\": " + value + "}")),
                field);
        assertThat(jdbc.queryForMap("SELECT * FROM parcel WHERE id = ?", parcel))
                .isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "investmentWanYuan  | 1e15",
                "minAreaM2          | 2000.001",
                "maxRentYuanM2Month | 1e400",
                "minPowerKva        | 800.05",
                "budgetWanYuan      | 123456789012"
            })
    void aProjectWithANumberBeyondItsColumnIsRefused(String field, String value) throws Exception {
        String name = Inventory.unique("精度测试项目 ");
        String body = """
                {"name": "%s", "siteKind": "SPACE", "minAreaM2": 2000, "maxAreaM2": 5000, "status": "INTENT"}""".formatted(name).replace("\"status\"", "\"" + field + "\": " + value + ", \"status\"").replace(
                "\"minAreaM2\": 2000, \"maxAreaM2\": 5000, \"minAreaM2\"", "\"maxAreaM2\": 5000, \"minAreaM2\"");
        refused(send(post("/api/projects"), "staff", body), field);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM expansion_project WHERE name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void aParkEditBeyondItsColumnIsRefused() throws Exception {
        long v = jdbc.queryForObject("SELECT version FROM park WHERE code = 'DG-P28'", Long.class);
        refused(
                mvc.perform(patch("/api/parks/DG-P28")
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", etag(v))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plannedAreaM2\": 1e15}")),
                "plannedAreaM2");
        assertThat(jdbc.queryForObject("SELECT version FROM park WHERE code = 'DG-P28'", Long.class))
                .isEqualTo(v);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"NaN | point.lon", "1e400 | point.lon", "-Infinity | point.lon"})
    void aNumberThatIsNoNumberDeepInABodyIsRefusedNamingItsField(String lon, String field) throws Exception {
        refused(
                send(
                        post("/api/matching/preview"),
                        "staff",
                        "{\"siteKind\": \"SPACE\", \"minAreaM2\": 100, \"maxAreaM2\": 900," + " \"point\": {\"lon\": "
                                + lon + ", \"lat\": 22.9}}"),
                field);
    }

    @Test
    void tooManyPreferredPlacesOrLongValuesAreRefusedWithoutEchoingThem() throws Exception {
        String towns = IntStream.range(0, 60).mapToObj(i -> "\"T" + i + "\"").collect(Collectors.joining(", "));
        refused(
                send(
                        post("/api/matching/preview"),
                        "staff",
                        "{\"siteKind\": \"SPACE\", \"minAreaM2\": 100, \"maxAreaM2\": 900, \"preferredTowns\": ["
                                + towns + "]}"),
                "preferredTowns");

        String parks = IntStream.range(0, 51).mapToObj(i -> "\"DG-P" + i + "\"").collect(Collectors.joining(", "));
        refused(
                send(
                        post("/api/projects"),
                        "staff",
                        "{\"name\": \"地点过多\", \"siteKind\": \"SPACE\", \"minAreaM2\": 100, \"maxAreaM2\": 900,"
                                + " \"status\": \"INTENT\", \"preferredParks\": [" + parks + "]}"),
                "preferredParks");

        String longCode = "X".repeat(5000);
        for (String body : new String[] {
            "{\"siteKind\": \"SPACE\", \"minAreaM2\": 100, \"maxAreaM2\": 900, \"preferredTowns\": [\"" + longCode
                    + "\"]}",
            "{\"siteKind\": \"SPACE\", \"minAreaM2\": 100, \"maxAreaM2\": 900, \"industryCode\": \"" + longCode + "\"}"
        }) {
            MockHttpServletResponse response = send(post("/api/matching/preview"), "staff", body)
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse();
            String answer = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer).doesNotContain("X".repeat(101)).hasSizeLessThan(2000);
        }
        MockHttpServletResponse response = send(
                        post("/api/matching/evaluate"),
                        "staff",
                        "{\"requirement\": {\"siteKind\": \"SPACE\", \"minAreaM2\": 100, \"maxAreaM2\": 900},"
                                + " \"candidates\": [\"U" + longCode + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidates"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("X".repeat(101))
                .hasSizeLessThan(2000);
    }
}
