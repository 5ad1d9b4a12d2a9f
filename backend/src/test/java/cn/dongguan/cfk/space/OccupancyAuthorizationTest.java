package cn.dongguan.cfk.space;

import static cn.dongguan.cfk.support.WriteRequests.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every occupancy endpoint, on a unit of park DG-P24 made for the call: the
 * expected status, and for every refusal, that the unit did not change at all.
 */
@IntegrationTest
class OccupancyAuthorizationTest {

    private static final String PARK = "DG-P24";

    @Autowired
    MockMvc mvc;

    @Autowired
    Inventory inventory;

    enum Endpoint {
        PATCH,
        CONFIRM,
        BULK_CONFIRM,
        HISTORY
    }

    static Stream<Arguments> matrix() {
        // user (null = anonymous), expected status for PATCH, CONFIRM, BULK_CONFIRM, HISTORY
        return Stream.of(
                Arguments.of(null, new int[] {401, 401, 401, 401}),
                Arguments.of("enterprise", new int[] {403, 403, 403, 403}),
                Arguments.of("staff", new int[] {403, 403, 403, 200}),
                Arguments.of("manager25", new int[] {403, 403, 403, 403}),
                Arguments.of("manager24", new int[] {200, 200, 200, 200}),
                Arguments.of("admin", new int[] {200, 200, 200, 200}),
                Arguments.of("wrong-password", new int[] {401, 401, 401, 401}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsItsStatusAndRefusalsChangeNothing(String user, int[] expected) throws Exception {
        long building = inventory.building(PARK);
        for (Endpoint endpoint : Endpoint.values()) {
            long id = inventory.unit(building, "VACANT");
            Map<String, Object> before = inventory.unitRow(id);
            int eventsBefore = inventory.events(id);
            int status = mvc.perform(as(user, request(endpoint, id, inventory.unitVersion(id))))
                    .andExpect(result -> {
                        if (result.getResponse().getStatus() >= 400) {
                            content()
                                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                                    .match(result);
                        }
                    })
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("%s %s", user, endpoint).isEqualTo(expected[endpoint.ordinal()]);
            if (status >= 400 || endpoint == Endpoint.HISTORY) {
                assertThat(inventory.unitRow(id))
                        .as("%s %s changed nothing", user, endpoint)
                        .isEqualTo(before);
                assertThat(inventory.events(id)).isEqualTo(eventsBefore);
            } else {
                assertThat(inventory.unitVersion(id))
                        .as("%s %s changed the unit", user, endpoint)
                        .isGreaterThan((Long) before.get("version"));
            }
        }
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint, long id, long version) {
        return switch (endpoint) {
            case PATCH ->
                patch("/api/units/{id}", id)
                        .header("If-Match", etag(version))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rentYuanM2Month\": 28}");
            case CONFIRM -> post("/api/units/{id}/confirm", id);
            case BULK_CONFIRM ->
                post("/api/units/confirm")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\": [" + id + "]}");
            case HISTORY -> get("/api/units/{id}/history", id);
        };
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        if (user == null) {
            return request;
        }
        if (user.equals("wrong-password")) {
            return request.with(httpBasic("manager24", "not-the-password"));
        }
        return request.with(httpBasic(user, "demo"));
    }
}
