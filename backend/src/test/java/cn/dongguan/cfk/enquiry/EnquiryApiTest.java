package cn.dongguan.cfk.enquiry;

import static cn.dongguan.cfk.support.TestRequests.from;
import static cn.dongguan.cfk.support.TestRequests.someAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enquiries from anonymous visitors and signed-in enterprises reach the owning park's managers and
 * staff; nobody else learns of them, and their contacts stay with those who work them. Each test's
 * enquiries are rolled back (the rate-limit counts are not: each test asks from its own address and
 * with its own contacts).
 */
@IntegrationTest
@Transactional
class EnquiryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long unit;
    String address;
    String phone;

    @BeforeEach
    void aUnitInParkOneAndAFreshCaller() {
        unit = jdbc.queryForObject("""
                SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P01'""", Long.class);
        address = someAddress();
        phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    }

    private String enquiry(String subject, String contacts) {
        return "{" + subject + ", \"message\": \"想看一下这个厂房，能否下周预约？\", \"preferredDates\": \"下周二上午\"" + contacts + "}";
    }

    private String anonymousContacts() {
        return ", \"contactName\": \"访客王先生\", \"contactPhone\": \"" + phone + "\"";
    }

    private ResultActions anonymous(String json) throws Exception {
        return mvc.perform(post("/api/enquiries")
                .with(csrf())
                .with(from(address))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM enquiry", Long.class);
    }

    private String as(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anAnonymousEnquiryReachesTheParksManagersAndStaffAndNoOtherPark() throws Exception {
        ResultActions created = anonymous(enquiry("\"unitId\": " + unit, anonymousContacts()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.parkCode").value("DG-P01"))
                .andExpect(jsonPath("$.subject.kind").value("unit"))
                .andExpect(jsonPath("$.subject.id").value((int) unit))
                .andExpect(jsonPath("$.asker").doesNotExist());
        long id = id(created);
        created.andExpect(header().string("Location", "/api/enquiries/" + id));

        // the park's manager and staff see it with the contacts
        for (String worker : new String[] {"manager01", "staff", "admin"}) {
            mvc.perform(get("/api/enquiries")
                            .param("unitId", String.valueOf(unit))
                            .with(httpBasic(worker, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                    .andExpect(jsonPath("$.items[*].contactPhone", hasItem(phone)));
        }
        mvc.perform(get("/api/enquiries")
                        .param("park", "DG-P01")
                        .param("status", "NEW")
                        .with(httpBasic("manager01", "demo")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/enquiries")
                        .param("park", "DG-P01")
                        .param("status", "new")
                        .with(httpBasic("manager01", "demo")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/enquiries").param("status", "ANSWERED").with(httpBasic("manager01", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"))
                .andExpect(
                        jsonPath("$.detailZh").value("参数 status 的值 “ANSWERED” 无效，可选 NEW, CONTACTED, VIEWING, CLOSED"));

        // another park's manager, an enterprise that did not ask, and anonymous callers learn nothing
        for (String outsider : new String[] {"manager02", "enterprise"}) {
            assertThat(as(outsider, "/api/enquiries"))
                    .as(outsider)
                    .doesNotContain(phone)
                    .doesNotContain("访客王先生");
            mvc.perform(get("/api/enquiries/{id}", id).with(httpBasic(outsider, "demo")))
                    .andExpect(status().isNotFound());
            mvc.perform(patch("/api/enquiries/{id}", id)
                            .with(httpBasic(outsider, "demo"))
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                            .content("{\"status\": \"CLOSED\"}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/enquiries")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/enquiries/{id}", id)).andExpect(status().isUnauthorized());

        // the park's manager works it forward, never back
        mvc.perform(patch("/api/enquiries/{id}", id)
                        .with(httpBasic("manager01", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"status\": \"CONTACTED\", \"notes\": \"已电话联系，周二看厂\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONTACTED"))
                .andExpect(jsonPath("$.notes").value("已电话联系，周二看厂"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch("/api/enquiries/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"status\": \"NEW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(patch("/api/enquiries/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"status\": \"VIEWING\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.queryForObject("SELECT status FROM enquiry WHERE id = ?", String.class, id))
                .isEqualTo("CONTACTED");
    }

    @Test
    void anEnterprisesEnquiryIsLinkedToItAndRoutedToTheStaffOfItsOpenProject() throws Exception {
        long own = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'", Long.class);
        jdbc.update("""
                INSERT INTO expansion_project (name, enterprise_id, site_kind, min_area_m2, max_area_m2, status, assigned_staff)
                VALUES ('测试：咨询路由', ?, 'SPACE', 1000, 2000, 'SITING', 'staff')""", own);
        long building = jdbc.queryForObject("SELECT building_id FROM space_unit WHERE id = ?", Long.class, unit);
        long id = id(mvc.perform(post("/api/enquiries")
                        .with(httpBasic("enterprise", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(enquiry(
                                "\"buildingId\": " + building,
                                ", \"contactName\": \"企业联系人\", \"contactEmail\": \"contact@example.com\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enterpriseId").value((int) own))
                .andExpect(jsonPath("$.asker").value("enterprise"))
                .andExpect(jsonPath("$.subject.kind").value("building")));
        mvc.perform(get("/api/enquiries/{id}", id).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.routedStaff").value("staff"))
                .andExpect(jsonPath("$.contactEmail").value("contact@example.com"));
        jdbc.update("UPDATE enquiry SET notes = '内部：客户预算低' WHERE id = ?", id);

        // the asker sees their own, with their contacts but without the notes of those who work it
        mvc.perform(get("/api/enquiries").with(httpBasic("enterprise", "demo")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.items[*].notes", not(hasItem("内部：客户预算低"))));
        mvc.perform(get("/api/enquiries/{id}", id).with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactEmail").value("contact@example.com"))
                .andExpect(jsonPath("$.notes").doesNotExist())
                .andExpect(jsonPath("$.routedStaff").doesNotExist());
        mvc.perform(patch("/api/enquiries/{id}", id)
                        .with(httpBasic("enterprise", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"unitId\": %1$d, \"message\": \"看厂\"}                                                          | contactName",
                "{\"unitId\": %1$d, \"message\": \"看厂\", \"contactName\": \"王\"}                                  | contactPhone",
                "{\"unitId\": %1$d, \"message\": \"看厂\", \"contactName\": \"王\", \"contactEmail\": \"not-mail\"}   | contactEmail",
                "{\"unitId\": %1$d, \"message\": \"看厂\", \"contactName\": \"王\", \"contactPhone\": \"call me\"}    | contactPhone",
                "{\"unitId\": %1$d, \"message\": \" \", \"contactName\": \"王\", \"contactPhone\": \"13900000000\"}  | message",
                "{\"message\": \"看厂\", \"contactName\": \"王\", \"contactPhone\": \"13900000000\"}                 | unitId",
                "{\"unitId\": %1$d, \"parcelId\": 1, \"message\": \"看厂\", \"contactName\": \"王\", \"contactPhone\": \"13900000000\"} | unitId",
                "{\"unitId\": 999999999, \"message\": \"看厂\", \"contactName\": \"王\", \"contactPhone\": \"13900000000\"} | unitId",
                "{\"parcelId\": 999999999, \"message\": \"看厂\", \"contactName\": \"王\", \"contactPhone\": \"13900000000\"} | parcelId",
                "{\"unitId\": %1$d, \"message\": \"看厂\", \"contactName\": \"王\", \"contactPhone\": \"13900000000\", \"x\": 1} | x"
            })
    void aBadEnquiryIsRefusedNamingTheField(String json, String field) throws Exception {
        long before = count();
        anonymous(json.formatted(unit))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anonymousEnquiriesAreLimitedPerContactAndPerClient() throws Exception {
        // the same phone from different addresses: 3 an hour
        for (int i = 0; i < 3; i++) {
            address = someAddress();
            anonymous(enquiry("\"unitId\": " + unit, anonymousContacts())).andExpect(status().isCreated());
        }
        address = someAddress();
        anonymous(enquiry("\"unitId\": " + unit, anonymousContacts()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // one address with different phones: 10 an hour
        address = someAddress();
        for (int i = 0; i < 10; i++) {
            phone = "137" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
            anonymous(enquiry("\"unitId\": " + unit, anonymousContacts())).andExpect(status().isCreated());
        }
        phone = "136" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        long before = count();
        anonymous(enquiry("\"unitId\": " + unit, anonymousContacts())).andExpect(status().isTooManyRequests());
        assertThat(count()).isEqualTo(before);
        // signed-in callers are accountable and not counted
        mvc.perform(post("/api/enquiries")
                        .with(httpBasic("enterprise", "demo"))
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(enquiry("\"unitId\": " + unit, anonymousContacts())))
                .andExpect(status().isCreated());
    }
}
