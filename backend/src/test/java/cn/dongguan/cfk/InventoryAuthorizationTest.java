package cn.dongguan.cfk;

import static cn.dongguan.cfk.support.WriteRequests.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every inventory write, in park DG-P31 on a building and a parcel made for the
 * call: the expected status, and for every refusal, that nothing in the inventory changed at all
 * (counts, the target rows, occupancy events).
 */
@IntegrationTest
class InventoryAuthorizationTest {

    private static final String PARK = "DG-P31";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    FreeLand land;

    enum Endpoint {
        POST_BUILDING,
        POST_UNIT,
        POST_PARCEL,
        PATCH_BUILDING,
        PATCH_PARCEL
    }

    static Stream<Arguments> matrix() {
        // user (null = anonymous), expected status for each Endpoint in order
        return Stream.of(
                Arguments.of(null, new int[] {401, 401, 401, 401, 401}),
                Arguments.of("wrong-password", new int[] {401, 401, 401, 401, 401}),
                Arguments.of("enterprise", new int[] {403, 403, 403, 403, 403}),
                Arguments.of("staff", new int[] {403, 403, 403, 403, 403}),
                Arguments.of("manager32", new int[] {403, 403, 403, 403, 403}),
                Arguments.of("manager31", new int[] {201, 201, 201, 200, 200}),
                Arguments.of("admin", new int[] {201, 201, 201, 200, 200}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsItsStatusAndRefusalsChangeNothing(String user, int[] expected) throws Exception {
        long building = inventory.building(PARK);
        long parcel = inventory.parcel(PARK, Inventory.unique("AUTH31-"));
        for (Endpoint endpoint : Endpoint.values()) {
            Map<String, Object> before = snapshot(building, parcel);
            int status = mvc.perform(as(user, request(endpoint, building, parcel, user)))
                    .andReturn()
                    .getResponse()
                    .getStatus();

            assertThat(status).as("%s %s", user, endpoint).isEqualTo(expected[endpoint.ordinal()]);
            Map<String, Object> after = snapshot(building, parcel);
            if (status >= 400) {
                assertThat(after).as("%s %s changed nothing", user, endpoint).isEqualTo(before);
            } else {
                String changed = switch (endpoint) {
                    case POST_BUILDING -> "buildings";
                    case POST_UNIT -> "units";
                    case POST_PARCEL -> "parcels";
                    case PATCH_BUILDING -> "building_version";
                    case PATCH_PARCEL -> "parcel_version";
                };
                assertThat(((Number) after.get(changed)).longValue())
                        .as("%s %s", user, endpoint)
                        .isEqualTo(((Number) before.get(changed)).longValue() + 1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"enterprise", "staff"})
    void rolesThatNeverChangeTheInventoryAreRefusedBeforeTheirInputIsRead(String user) throws Exception {
        long buildings = inventory.count("building");
        long parcels = inventory.count("parcel");
        mvc.perform(post("/api/buildings")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"floors\": \"many\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/parcels")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"colour\": 1}"))
                .andExpect(status().isForbidden());
        assertThat(inventory.count("building")).isEqualTo(buildings);
        assertThat(inventory.count("parcel")).isEqualTo(parcels);
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, long building, long parcel, String user) {
        String tag = user == null ? "anonymous" : user;
        return switch (endpoint) {
            case POST_BUILDING ->
                post("/api/buildings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parkCode\": \"" + PARK + "\", \"name\": \"授权测试 " + tag
                                + "\", \"type\": \"仓库\", \"floors\": 1," + " \"geometry\": "
                                + land.inPark(PARK, 30).polygon() + "}");
            case POST_UNIT ->
                post("/api/buildings/{id}/units", building)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"floorFrom\": 1, \"areaM2\": 10, \"status\": \"VACANT\"}");
            case POST_PARCEL ->
                post("/api/parcels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parcelNo\": \"" + Inventory.unique("AUTH31-") + "\", \"parkCode\": \"" + PARK
                                + "\", \"planningUse\": \"M1\"," + " \"status\": \"RESERVE\", \"geometry\": "
                                + land.inPark(PARK, 40).polygon() + "}");
            case PATCH_BUILDING ->
                patch("/api/buildings/{id}", building)
                        .header("If-Match", etag(version("building", building)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"改名 " + tag + "\"}");
            case PATCH_PARCEL ->
                patch("/api/parcels/{id}", parcel)
                        .header("If-Match", etag(version("parcel", parcel)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heightLimitM\": " + (40 + tag.length()) + ".7}");
        };
    }

    private Map<String, Object> snapshot(long building, long parcel) {
        return jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM building) AS buildings,
                       (SELECT count(*) FROM space_unit) AS units,
                       (SELECT count(*) FROM parcel) AS parcels,
                       (SELECT count(*) FROM occupancy_event) AS events,
                       (SELECT version FROM building WHERE id = ?) AS building_version,
                       (SELECT name || '|' || ST_AsText(geom) FROM building WHERE id = ?) AS building_row,
                       (SELECT version FROM parcel WHERE id = ?) AS parcel_version,
                       (SELECT coalesce(height_limit_m::text, '') || '|' || status FROM parcel WHERE id = ?) AS parcel_row""", building, building, parcel, parcel);
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        if (user == null) {
            return request;
        }
        if (user.equals("wrong-password")) {
            return request.with(httpBasic("manager31", "not-the-password"));
        }
        return request.with(httpBasic(user, "demo"));
    }
}
