package cn.dongguan.cfk.enterprise;

import static cn.dongguan.cfk.support.TestRequests.newCreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.AccountFixtures;
import cn.dongguan.cfk.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Staff add and change enterprises: GB 32100 checked, duplicates named, prospects without a code. */
@IntegrationTest
class EnterpriseWriteApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        AccountFixtures.clean(jdbc);
    }

    private long create(String body) throws Exception {
        String answer = mvc.perform(post("/api/enterprises")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(answer).get("id").asLong();
    }

    @Test
    void staffAddAnEnterpriseWithItsCreditCodeAndChangeItWithIfMatch() throws Exception {
        String code = newCreditCode();
        long id = create("{\"name\": \"东莞测试精密有限公司\", \"creditCode\": \"" + code.toLowerCase()
                + "\", \"industryCode\": \"HIGH_END_EQUIPMENT\", \"grade\": \"B\", \"contactName\": \"陈先生\","
                + " \"contactPhone\": \"0769-2233 4455\"}");
        mvc.perform(get("/api/enterprises/{id}", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.creditCode").value(code))
                .andExpect(jsonPath("$.prospect").value(false))
                .andExpect(jsonPath("$.contactName").value("陈先生"));
        mvc.perform(patch("/api/enterprises/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": \"A\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(patch("/api/enterprises/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": \"A\", \"contactPhone\": null}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.grade").value("A"))
                .andExpect(jsonPath("$.contactPhone").doesNotExist());
        mvc.perform(patch("/api/enterprises/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": \"D\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.queryForObject("SELECT grade FROM enterprise WHERE id = ?", String.class, id))
                .isEqualTo("A");
    }

    @Test
    void aProspectHasNoCreditCodeUntilItIsCompleted() throws Exception {
        long id = create("{\"name\": \"Prospective Investor GmbH\"}");
        mvc.perform(get("/api/enterprises/{id}", id).with(httpBasic("staff", "demo")))
                .andExpect(jsonPath("$.prospect").value(true))
                .andExpect(jsonPath("$.creditCode").doesNotExist());
        String code = newCreditCode();
        mvc.perform(patch("/api/enterprises/{id}", id)
                        .with(httpBasic("staff", "demo"))
                        .header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json")
                        .content("{\"creditCode\": \"" + code + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.prospect").value(false))
                .andExpect(jsonPath("$.creditCode").value(code));
    }

    @Test
    void aCreditCodeThatExistsIsAConflictNamingItsEnterprise() throws Exception {
        var existing = jdbc.queryForMap("SELECT id, name, credit_code FROM enterprise WHERE id = 1");
        mvc.perform(post("/api/enterprises")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"重复企业\", \"creditCode\": \"" + existing.get("credit_code") + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("creditCode"))
                .andExpect(jsonPath("$.existing.id").value(1))
                .andExpect(jsonPath("$.existing.name").value(existing.get("name")))
                .andExpect(jsonPath("$.detailZh")
                        .value(org.hamcrest.Matchers.containsString((String) existing.get("name"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "creditCode|{\"name\": \"X\", \"creditCode\": \"91350100M000100Y44\"}",
                "creditCode|{\"name\": \"X\", \"creditCode\": \"91350100M0001\"}",
                "creditCode|{\"name\": \"X\", \"creditCode\": \"9135010OM000100Y43\"}",
                "name|{\"creditCode\": null}",
                "name|{\"name\": \"   \"}",
                "grade|{\"name\": \"X\", \"grade\": \"E\"}",
                "industryCode|{\"name\": \"X\", \"industryCode\": \"STEEL\"}",
                "contactEmail|{\"name\": \"X\", \"contactEmail\": \"not-an-address\"}",
                "contactPhone|{\"name\": \"X\", \"contactPhone\": \"call me\"}",
                "name|{\"name\": \"X\\u0000Y\"}",
            })
    void badEnterprisesAreRefusedNamingTheFieldAndNothingIsAdded(String field, String body) throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM enterprise", Long.class);
        mvc.perform(post("/api/enterprises")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detailZh").isNotEmpty())
                .andExpect(jsonPath("$.detailEn").isNotEmpty());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise", Long.class))
                .isEqualTo(before);
    }

    @Test
    void onlyStaffAndAdministratorsAddEnterprisesOrSeeTheirContacts() throws Exception {
        for (String user : new String[] {"enterprise", "manager03"}) {
            mvc.perform(post("/api/enterprises")
                            .with(httpBasic(user, "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"不应创建\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/enterprises/1").with(httpBasic("manager03", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/1")).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE name = '不应创建'", Long.class))
                .isZero();
    }
}
