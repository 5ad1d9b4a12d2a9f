package cn.dongguan.cfk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The read API of SPEC §5 on the sample data: names, derived figures, errors and who sees personal data. */
@IntegrationTest
class ReadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void townsAreTheThirtyTwoTownsAndStreets() throws Exception {
        mvc.perform(get("/api/towns"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(32)))
                .andExpect(jsonPath("$[?(@.name == '东城街道')].code").value("DONGCHENG"))
                .andExpect(jsonPath("$[*].nameEn", everyItem(notNullValue())));
    }

    @Test
    void industriesAreTheCatalogueInItsOrder() throws Exception {
        mvc.perform(get("/api/industries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(19)))
                .andExpect(jsonPath("$[0].name").value("新一代电子信息"))
                .andExpect(jsonPath("$[0].group").value("STRATEGIC"))
                .andExpect(jsonPath("$[18].name").value("玩具"));
    }

    @Test
    void parksCarryTheirDerivedFigures() throws Exception {
        mvc.perform(get("/api/parks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(35)))
                .andExpect(jsonPath("$[0].code").value("DG-P01"))
                .andExpect(jsonPath("$[*].towns", everyItem(not(hasSize(0)))))
                .andExpect(jsonPath("$[*].industries", everyItem(not(hasSize(0)))))
                .andExpect(jsonPath("$[*]", everyItem(not(hasKey("geometry")))));

        String code = "DG-P07";
        BigDecimal floor = jdbc.queryForObject(
                "SELECT sum(floor_area_m2) FROM building WHERE park_code = ?", BigDecimal.class, code);
        BigDecimal vacant = jdbc.queryForObject("""
                SELECT sum(u.vacant_area_m2) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = ? AND u.status = 'VACANT'""", BigDecimal.class, code);
        BigDecimal landM2 = jdbc.queryForObject(
                "SELECT coalesce(sum(area_m2), 0) FROM parcel WHERE park_code = ? AND status = 'AVAILABLE'",
                BigDecimal.class,
                code);
        mvc.perform(get("/api/parks"))
                .andExpect(jsonPath("$[6].code").value(code))
                .andExpect(jsonPath("$[6].floorAreaM2").value(closeTo(floor.doubleValue(), 0.01)))
                .andExpect(jsonPath("$[6].vacantAreaM2").value(closeTo(vacant.doubleValue(), 0.01)))
                .andExpect(
                        jsonPath("$[6].vacancyRate").value(closeTo(vacant.doubleValue() / floor.doubleValue(), 0.0001)))
                .andExpect(jsonPath("$[6].availableLandMu").value(closeTo(landM2.doubleValue() * 15 / 10000, 0.01)));
    }

    @Test
    void oneParkHasItsBoundaryAndAcceptsItsCodeInAnyCase() throws Exception {
        mvc.perform(get("/api/parks/dg-p03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("DG-P03"))
                .andExpect(jsonPath("$.geometry.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.areaM2")
                        .value(closeTo(
                                jdbc.queryForObject(
                                        "SELECT ST_Area(geom::geography) FROM park WHERE code = 'DG-P03'",
                                        Double.class),
                                1)))
                .andExpect(jsonPath("$.buildingCount")
                        .value(jdbc.queryForObject(
                                "SELECT count(*) FROM building WHERE park_code = 'DG-P03'", Integer.class)));
    }

    @Test
    void aParksContactIsForStaffAndItsOwnManagerOnly() throws Exception {
        mvc.perform(get("/api/parks/DG-P03")).andExpect(jsonPath("$", not(hasKey("contact"))));
        mvc.perform(get("/api/parks/DG-P03").with(httpBasic("enterprise", "demo")))
                .andExpect(jsonPath("$", not(hasKey("contact"))));
        mvc.perform(get("/api/parks/DG-P03").with(httpBasic("manager04", "demo")))
                .andExpect(jsonPath("$", not(hasKey("contact"))));
        mvc.perform(get("/api/parks/DG-P03").with(httpBasic("manager03", "demo")))
                .andExpect(jsonPath("$.contact.name", notNullValue()));
        mvc.perform(get("/api/parks/DG-P03").with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.contact.phone", notNullValue()));
    }

    @Test
    void aBuildingComesWithItsUnits() throws Exception {
        long id = jdbc.queryForObject("SELECT min(building_id) FROM space_unit WHERE floor_from > 1", Long.class);
        int units = jdbc.queryForObject("SELECT count(*) FROM space_unit WHERE building_id = ?", Integer.class, id);
        mvc.perform(get("/api/buildings/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.fireHazardClass", notNullValue()))
                .andExpect(jsonPath("$.units", hasSize(units)))
                .andExpect(jsonPath("$.units[*].buildingId", everyItem(is((int) id))))
                .andExpect(jsonPath("$.units[*]", everyItem(not(hasKey("occupant")))));
    }

    @Test
    void aUnitHasItsVersionAsETagAndItsSpecNames() throws Exception {
        long id = jdbc.queryForObject("SELECT min(id) FROM space_unit WHERE status = 'VACANT'", Long.class);
        long version = jdbc.queryForObject("SELECT version FROM space_unit WHERE id = ?", Long.class, id);
        mvc.perform(get("/api/units/{id}", id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.status").value("VACANT"))
                .andExpect(jsonPath("$.areaM2", notNullValue()))
                .andExpect(jsonPath("$.vacantAreaM2", notNullValue()))
                .andExpect(jsonPath("$.ceilingHeightM", notNullValue()))
                .andExpect(jsonPath("$.rentYuanM2Month", notNullValue()))
                .andExpect(jsonPath("$.lastConfirmedAt", notNullValue()))
                .andExpect(jsonPath("$.parkCode")
                        .value(jdbc.queryForObject(
                                "SELECT b.park_code FROM building b JOIN space_unit u ON u.building_id = b.id WHERE u.id = ?",
                                String.class,
                                id)));
    }

    @Test
    void occupantsAreForStaffAndTheOwningManagerOnly() throws Exception {
        var row = jdbc.queryForMap("""
                SELECT u.id, b.park_code, e.name FROM space_unit u JOIN building b ON b.id = u.building_id
                JOIN enterprise e ON e.id = u.occupant_enterprise_id
                WHERE b.park_code = 'DG-P05' ORDER BY u.id LIMIT 1""");
        long id = ((Number) row.get("id")).longValue();
        mvc.perform(get("/api/units/{id}", id)).andExpect(jsonPath("$", not(hasKey("occupant"))));
        mvc.perform(get("/api/units/{id}", id).with(httpBasic("enterprise", "demo")))
                .andExpect(jsonPath("$", not(hasKey("occupant"))));
        mvc.perform(get("/api/units/{id}", id).with(httpBasic("manager06", "demo")))
                .andExpect(jsonPath("$", not(hasKey("occupant"))));
        mvc.perform(get("/api/units/{id}", id).with(httpBasic("manager05", "demo")))
                .andExpect(jsonPath("$.occupant.name").value(row.get("name")));
        mvc.perform(get("/api/units/{id}", id).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.occupant.name").value(row.get("name")));
    }

    @Test
    void aParcelHasItsAreaInSquareMetresAndMu() throws Exception {
        long id = jdbc.queryForObject("SELECT min(id) FROM parcel", Long.class);
        double m2 = jdbc.queryForObject("SELECT area_m2 FROM parcel WHERE id = ?", Double.class, id);
        mvc.perform(get("/api/parcels/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcelNo", notNullValue()))
                .andExpect(jsonPath("$.areaM2").value(closeTo(m2, 0.01)))
                .andExpect(jsonPath("$.areaMu").value(closeTo(m2 * 15 / 10000, 0.01)))
                .andExpect(jsonPath("$.geometry.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.planningUse", notNullValue()));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/parks/DG-P99, 园区 DG-P99 不存在",
        "/api/buildings/99999999, 楼栋 99999999 不存在",
        "/api/units/99999999, 单元 99999999 不存在",
        "/api/parcels/99999999, 地块 99999999 不存在",
        "/api/nothing-here, 没有这个地址"
    })
    void unknownIdsAnswer404AsProblemDetails(String path, String zh) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString(zh)))
                .andExpect(jsonPath("$.detailEn", notNullValue()));
    }

    @ParameterizedTest
    @CsvSource({"/api/parks/park-one, code", "/api/buildings/abc, id", "/api/units/1.5, id", "/api/parcels/x1, id"})
    void idsOfTheWrongTypeAnswer400NamingTheField(String path, String field) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh", containsString(field)))
                .andExpect(jsonPath("$.detailEn", containsString(field)));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheReadApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/parks']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/parks/{code}']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/buildings/{id}']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/units/{id}']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/parcels/{id}']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/towns']", notNullValue()));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void theWebAppIsServedAtTheRoot() throws Exception {
        String page = mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("厂房库", "/js/app.js");
    }
}
