package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.support.WriteRequests.JSON;
import static cn.dongguan.cfk.support.WriteRequests.MERGE_PATCH;
import static cn.dongguan.cfk.support.WriteRequests.etag;
import static cn.dongguan.cfk.support.WriteRequests.idOf;
import static cn.dongguan.cfk.support.WriteRequests.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
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

/**
 * A park manager adds a building by its footprint and changes it with merge patches under If-Match,
 * in park DG-P28, on buildings made for each test.
 */
@IntegrationTest
class BuildingWriteApiTest {

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

    @Test
    void aManagerAddsABuildingWithItsTownAndFloorAreaDerivedFromTheFootprint() throws Exception {
        Box box = land.inPark(PARK, 50);
        String footprint = box.polygon();
        String body = """
                {"parkCode": "DG-P28", "name": "沙田测试厂房1号", "address": "东莞市沙田镇测试路1号", "type": "多层厂房",
                 "floors": 4, "structure": "框架结构", "yearBuilt": 2021, "landTenure": "国有", "titleCertificate": true,
                 "cargoLiftCount": 2, "cargoLiftTonnes": 3, "fireHazardClass": "丙", "geometry": %s}""".formatted(footprint);

        String response = mvc.perform(post("/api/buildings")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.parkCode").value(PARK))
                .andExpect(jsonPath("$.townCode").value(inventory.townAt(footprint)))
                .andExpect(jsonPath("$.name").value("沙田测试厂房1号"))
                .andExpect(jsonPath("$.address").value("东莞市沙田镇测试路1号"))
                .andExpect(jsonPath("$.type").value("多层厂房"))
                .andExpect(jsonPath("$.floors").value(4))
                .andExpect(jsonPath("$.structure").value("框架结构"))
                .andExpect(jsonPath("$.yearBuilt").value(2021))
                .andExpect(jsonPath("$.landTenure").value("国有"))
                .andExpect(jsonPath("$.titleCertificate").value(true))
                .andExpect(jsonPath("$.cargoLiftCount").value(2))
                .andExpect(jsonPath("$.cargoLiftTonnes").value(3))
                .andExpect(jsonPath("$.fireHazardClass").value("丙"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.units").isEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(response).get("id").asLong();
        BigDecimal expectedArea = BigDecimal.valueOf(jdbc.queryForObject(
                        "SELECT ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)::geography)", Double.class, footprint))
                .multiply(BigDecimal.valueOf(4))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(JSON.readTree(response).get("floorAreaM2").decimalValue()).isEqualByComparingTo(expectedArea);

        mvc.perform(get("/api/buildings/{id}", id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("沙田测试厂房1号"))
                .andExpect(jsonPath("$.floorAreaM2").value(expectedArea.doubleValue()));
        assertThat(jdbc.queryForObject("SELECT floor_area_m2 FROM building WHERE id = ?", BigDecimal.class, id))
                .isEqualByComparingTo(expectedArea);
    }

    @Test
    void theLocationHeaderLeadsToTheNewBuildingAndAGivenFloorAreaIsKept() throws Exception {
        Box box = land.inPark(PARK, 30);
        String location = create(box, ",\"floorAreaM2\": 1234.5")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).matches("/api/buildings/\\d+");
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.floorAreaM2").value(1234.5));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"name\": null                       | name",
                "\"name\": \"   \"                    | name",
                "\"type\": \"厂房\"                   | type",
                "\"type\": null                       | type",
                "\"floors\": 0                        | floors",
                "\"floors\": 61                       | floors",
                "\"floors\": \"3\"                    | floors",
                "\"floors\": 2.5                      | floors",
                "\"floorAreaM2\": -5                  | floorAreaM2",
                "\"yearBuilt\": 1800                  | yearBuilt",
                "\"landTenure\": \"私有\"             | landTenure",
                "\"titleCertificate\": \"yes\"        | titleCertificate",
                "\"cargoLiftCount\": -1               | cargoLiftCount",
                "\"cargoLiftTonnes\": 0               | cargoLiftTonnes",
                "\"fireHazardClass\": \"X\"           | fireHazardClass",
                "\"parkCode\": \"P28\"                | parkCode",
                "\"parkCode\": 28                     | parkCode",
                "\"colour\": \"红\"                   | colour",
                "\"id\": 5, \"units\": []             | id",
                "\"geometry\": null                   | geometry",
            })
    void badBuildingsAreRefusedNamingTheFieldAndChangeNothing(String override, String field) throws Exception {
        Box box = land.inPark(PARK, 30);
        long before = buildings();
        mvc.perform(post("/api/buildings")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(merged(body(PARK, box, ""), override)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void bodiesThatAreNoObjectOrNameNoKnownParkAreRefused() throws Exception {
        long before = buildings();
        mvc.perform(post("/api/buildings")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
        mvc.perform(post("/api/buildings")
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
        mvc.perform(post("/api/buildings")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("DG-P99", land.inPark(PARK, 30), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("parkCode"))
                .andExpect(jsonPath("$.detailEn", containsString("DG-P99 does not exist")));
        assertThat(buildings()).isEqualTo(before);
    }

    @Test
    void aPatchChangesOnlyTheFieldsItNamesAndBumpsTheETag() throws Exception {
        long id = idOf(create(land.inPark(PARK, 30), ",\"address\": \"沙田镇旧地址\", \"fireHazardClass\": \"丁\""));
        BigDecimal floorArea =
                jdbc.queryForObject("SELECT floor_area_m2 FROM building WHERE id = ?", BigDecimal.class, id);
        String etag = mvc.perform(get("/api/buildings/{id}", id))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag)
                        .contentType(MERGE_PATCH)
                        .content("{\"name\": \"改名后的厂房\", \"floors\": 3, \"fireHazardClass\": null}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("改名后的厂房"))
                .andExpect(jsonPath("$.floors").value(3))
                .andExpect(jsonPath("$.fireHazardClass").value(nullValue()))
                .andExpect(jsonPath("$.address").value("沙田镇旧地址"))
                .andExpect(jsonPath("$.floorAreaM2").value(floorArea.doubleValue()));

        // floorAreaM2: null asks for it again from the footprint and the floors
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"floorAreaM2\": null}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        BigDecimal recomputed = jdbc.queryForObject(
                "SELECT round(CAST(ST_Area(geom::geography) * 3 AS numeric), 2) FROM building WHERE id = ?",
                BigDecimal.class,
                id);
        assertThat(jdbc.queryForObject("SELECT floor_area_m2 FROM building WHERE id = ?", BigDecimal.class, id))
                .isEqualByComparingTo(recomputed);
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() throws Exception {
        long id = idOf(create(land.inPark(PARK, 30), ",\"address\": \"沙田镇旧地址\""));
        Map<String, Object> before = row(id);

        for (String patch : List.of("{}", "{\"address\": \"沙田镇旧地址\", \"floors\": " + before.get("floors") + "}")) {
            mvc.perform(patch("/api/buildings/{id}", id)
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
    void aPatchWithoutIfMatchIs428AndAStaleOneIs412AndNeitherChangesAnything() throws Exception {
        long id = idOf(create(land.inPark(PARK, 30), ""));
        Map<String, Object> before = row(id);
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .contentType(MERGE_PATCH)
                        .content("{\"name\": \"不应改变\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("If-Match"));
        assertThat(row(id)).isEqualTo(before);

        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"name\": \"第一次修改\"}"))
                .andExpect(status().isOk());
        Map<String, Object> changed = row(id);
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"name\": \"过期的修改\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detailZh", containsString("重新加载")));
        assertThat(row(id)).isEqualTo(changed);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"colour\": \"红\"}                  | colour",
                "{\"version\": 7}                      | version",
                "{\"townCode\": \"HUMEN\"}             | townCode",
                "{\"name\": null}                      | name",
                "{\"floors\": -2}                      | floors",
                "{\"type\": \"别墅\"}                  | type",
                "{\"crs\": \"EPSG:4547\"}              | crs",
                "{\"repair\": true}                    | repair",
                "{\"parkCode\": \"DG-P2\"}             | parkCode",
                "[]                                    | body",
            })
    void badPatchesAreRefusedNamingTheFieldAndChangeNothing(String patchBody, String field) throws Exception {
        long id = inventory.building(PARK);
        Map<String, Object> before = row(id);
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(before.get("version")))
                        .contentType(MERGE_PATCH)
                        .content(patchBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void floorsCannotDropBelowAUnitOfTheBuilding() throws Exception {
        long id = inventory.building(PARK);
        jdbc.update("UPDATE space_unit SET floor_to = 2 WHERE id = ?", inventory.unit(id, "OCCUPIED"));
        Map<String, Object> before = row(id);
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", etag(before.get("version")))
                        .contentType(MERGE_PATCH)
                        .content("{\"floors\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("floors"))
                .andExpect(jsonPath("$.detailEn", containsString("a unit of this building is on floor")));
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void aNewFootprintIsCheckedAgainstTheParkAndOtherBuildingsButNotItself() throws Exception {
        Box box = land.inPark(PARK, 60);
        long id = idOf(create(box.part(0, 0, 0.5, 0.5), ""));
        long neighbour = idOf(create(box.part(0.6, 0.6, 1, 1), ""));

        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"geometry\": "
                                + box.part(0.1, 0.1, 0.55, 0.55).polygon() + "}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        assertThat(jdbc.queryForObject(
                        "SELECT ST_Equals(geom, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) FROM building WHERE id = ?",
                        Boolean.class,
                        box.part(0.1, 0.1, 0.55, 0.55).polygon(),
                        id))
                .isTrue();

        Map<String, Object> before = row(id);
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MERGE_PATCH)
                        .content(
                                "{\"geometry\": " + box.part(0.1, 0.1, 0.7, 0.7).polygon() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.overlapsBuildingId").value(neighbour));
        Box otherPark = land.inPark("DG-P32", 30);
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"geometry\": " + otherPark.polygon() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("outside park DG-P28")));
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    void movingABuildingToAnotherParkNeedsWriteAccessToBothAndAFootprintInsideTheNewOne() throws Exception {
        long id = idOf(create(land.inPark(PARK, 30), ""));
        Box inP32 = land.inPark("DG-P32", 30);
        Map<String, Object> before = row(id);

        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"parkCode\": \"DG-P32\", \"geometry\": " + inP32.polygon() + "}"))
                .andExpect(status().isForbidden());
        assertThat(row(id)).isEqualTo(before);

        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"parkCode\": \"DG-P32\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.detailEn", containsString("outside park DG-P32")));
        assertThat(row(id)).isEqualTo(before);

        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"parkCode\": \"DG-P32\", \"geometry\": " + inP32.polygon() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parkCode").value("DG-P32"))
                .andExpect(jsonPath("$.townCode").value(inventory.townAt(inP32.polygon())));
        mvc.perform(patch("/api/buildings/{id}", id)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"name\": \"已不归我管\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownBuildingIs404() throws Exception {
        mvc.perform(patch("/api/buildings/{id}", 987654321L)
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH)
                        .content("{\"name\": \"x\"}"))
                .andExpect(status().isNotFound());
    }

    private ResultActions create(Box box, String extra) throws Exception {
        return mvc.perform(post("/api/buildings")
                .with(httpBasic(MANAGER, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(PARK, box, extra)));
    }

    private static String body(String park, Box box, String extra) {
        return "{\"parkCode\": \"" + park + "\", \"name\": \"测试厂房\", \"type\": \"标准厂房\", \"floors\": 2, \"geometry\": "
                + box.polygon() + extra + "}";
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                SELECT park_code, town_code, name, address, type, floors, floor_area_m2, structure, year_built, land_tenure,
                       title_certificate, cargo_lift_count, cargo_lift_tonnes, fire_hazard_class, ST_AsText(geom) AS geom, version
                FROM building WHERE id = ?""", id);
    }

    private long buildings() {
        return inventory.count("building");
    }
}
