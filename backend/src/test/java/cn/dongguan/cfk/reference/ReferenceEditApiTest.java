package cn.dongguan.cfk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.AccountFixtures;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators edit parks and the industry catalogue with If-Match (issue 12): an industry is
 * added, renamed, retired (then offered to no park) and deleted only when nothing uses it.
 */
@IntegrationTest
class ReferenceEditApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @AfterEach
    void removeFixtures() {
        AccountFixtures.clean(jdbc);
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, String body) {
        return request.with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private long version(String table, String code) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE code = ?", Long.class, code);
    }

    @Test
    void anAdministratorChangesAParksDetailsWithIfMatchAndItsIndustries() throws Exception {
        Map<String, Object> before =
                jdbc.queryForMap("SELECT name, level, managing_body, planned_area_m2 FROM park WHERE code = 'DG-P21'");
        List<String> industries =
                jdbc.queryForList("SELECT industry_code FROM park_industry WHERE park_code = 'DG-P21'", String.class);
        long v = version("park", "DG-P21");
        try {
            mvc.perform(get("/api/admin/parks/dg-p21").with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"" + v + "\""))
                    .andExpect(jsonPath("$.code").value("DG-P21"));
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"managingBody\": \"测试管委会\"}"))
                    .andExpect(status().isPreconditionRequired());
            mvc.perform(asAdmin(
                                    patch("/api/parks/DG-P21"),
                                    "{\"managingBody\": \"测试管委会\", \"plannedAreaM2\": 1234567.5,"
                                            + " \"industries\": [\"SEMICONDUCTOR\", \"SIX_G\"]}")
                            .header("If-Match", "\"" + v + "\""))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"" + (v + 1) + "\""))
                    .andExpect(jsonPath("$.managingBody").value("测试管委会"))
                    .andExpect(jsonPath("$.industries[0]").value("SEMICONDUCTOR"))
                    .andExpect(jsonPath("$.industries[1]").value("SIX_G"));
            assertThat(jdbc.queryForList(
                            "SELECT industry_code FROM park_industry WHERE park_code = 'DG-P21' ORDER BY 1",
                            String.class))
                    .containsExactly("SEMICONDUCTOR", "SIX_G");
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"managingBody\": \"旧版本\"}")
                            .header("If-Match", "\"" + v + "\""))
                    .andExpect(status().isPreconditionFailed());
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"level\": \"世界级\"}")
                            .header("If-Match", "\"" + (v + 1) + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("level"));
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"industries\": [\"STEEL\"]}")
                            .header("If-Match", "\"" + (v + 1) + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("industries"));
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"boundary\": null}")
                            .header("If-Match", "\"" + (v + 1) + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("boundary"));
            String otherPark = jdbc.queryForObject("SELECT name FROM park WHERE code = 'DG-P22'", String.class);
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"name\": \" " + otherPark + " \"}")
                            .header("If-Match", "\"" + (v + 1) + "\""))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.field").value("name"))
                    .andExpect(jsonPath("$.detailZh").value("已有园区名为“" + otherPark + "”"))
                    .andExpect(jsonPath("$.detailEn").value("Another park is named '" + otherPark + "'"));
            mvc.perform(asAdmin(patch("/api/parks/DG-P21"), "{\"contactPhone\": \"call me\"}")
                            .header("If-Match", "\"" + (v + 1) + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("contactPhone"));
            assertThat(version("park", "DG-P21"))
                    .as("a refused change changes nothing")
                    .isEqualTo(v + 1);
            mvc.perform(patch("/api/parks/DG-P21")
                            .with(httpBasic("manager21", "demo"))
                            .header("If-Match", "\"" + (v + 1) + "\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"管理员才能改\"}"))
                    .andExpect(status().isForbidden());
        } finally {
            jdbc.update(
                    "UPDATE park SET managing_body = ?, planned_area_m2 = ? WHERE code = 'DG-P21'",
                    before.get("managing_body"),
                    before.get("planned_area_m2"));
            jdbc.update("DELETE FROM park_industry WHERE park_code = 'DG-P21'");
            industries.forEach(i -> jdbc.update("INSERT INTO park_industry VALUES ('DG-P21', ?)", i));
        }
    }

    @Test
    void anIndustryIsAddedRenamedRetiredAndDeletedOnlyWhenUnused() throws Exception {
        String code = "TEST_" + (System.nanoTime() % 100_000_000L);
        mvc.perform(asAdmin(
                        post("/api/industries"),
                        "{\"code\": \"" + code + "\", \"name\": \"测试产业" + code
                                + "\", \"nameEn\": \"Test industry\", \"group\": \"FUTURE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.retired").value(false))
                .andExpect(jsonPath("$.usedBy").value(0));
        mvc.perform(asAdmin(
                        post("/api/industries"),
                        "{\"code\": \"" + code + "\", \"name\": \"另一个\", \"nameEn\": \"x\","
                                + " \"group\": \"FUTURE\"}"))
                .andExpect(status().isConflict());
        mvc.perform(asAdmin(patch("/api/industries/{c}", code), "{\"name\": \"新一代电子信息\"}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(asAdmin(patch("/api/industries/{c}", code), "{\"name\": \"改名产业" + code + "\"}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("改名产业" + code));

        // in use by a park: it cannot be deleted, only retired; retired, no park can take it up
        jdbc.update("INSERT INTO park_industry VALUES ('DG-P22', ?)", code);
        try {
            mvc.perform(delete("/api/industries/{c}", code)
                            .with(httpBasic("admin", "demo"))
                            .header("If-Match", "\"1\""))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.usedBy").value(1));
            mvc.perform(asAdmin(patch("/api/industries/{c}", code), "{\"retired\": true}")
                            .header("If-Match", "\"1\""))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.retired").value(true));
            // retired: no pick list offers it, the park that has it still names it, administrators see it
            mvc.perform(get("/api/industries"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.code == '" + code + "')]").isEmpty())
                    .andExpect(
                            jsonPath("$[?(@.code == 'SEMICONDUCTOR')].retired").value(false));
            mvc.perform(get("/api/industries").param("retired", "true"))
                    .andExpect(
                            jsonPath("$[?(@.code == '" + code + "')].retired").value(true))
                    .andExpect(jsonPath("$[?(@.code == '" + code + "')].name").value("改名产业" + code));
            mvc.perform(get("/api/parks/DG-P22"))
                    .andExpect(jsonPath("$.industries[?(@ == '" + code + "')]").isNotEmpty());
            mvc.perform(get("/api/admin/industries").with(httpBasic("admin", "demo")))
                    .andExpect(
                            jsonPath("$[?(@.code == '" + code + "')].retired").value(true));
            long v23 = version("park", "DG-P23");
            mvc.perform(asAdmin(patch("/api/parks/DG-P23"), "{\"industries\": [\"" + code + "\"]}")
                            .header("If-Match", "\"" + v23 + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("industries"));
        } finally {
            jdbc.update("DELETE FROM park_industry WHERE park_code = 'DG-P22' AND industry_code = ?", code);
        }
        mvc.perform(get("/api/admin/industries").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].usedBy").value(0));
        mvc.perform(delete("/api/industries/{c}", code)
                        .with(httpBasic("admin", "demo"))
                        .header("If-Match", "\"2\""))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM industry WHERE code = ?", Integer.class, code))
                .isZero();
    }

    @Test
    void aParksTagLeadsWithTheVersionEditsTakeAndChangesWithWhatThePageShows() throws Exception {
        String park = "DG-P24";
        String managingBody = jdbc.queryForObject("SELECT managing_body FROM park WHERE code = ?", String.class, park);
        long v = version("park", park);
        String tag = mvc.perform(get("/api/parks/{c}", park))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(v))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(tag).startsWith("\"" + v + "-");
        mvc.perform(get("/api/parks/{c}", park).header("If-None-Match", tag)).andExpect(status().isNotModified());
        // a manager sees the contact, the public does not: another answer, another tag
        String managers = mvc.perform(get("/api/parks/{c}", park).with(httpBasic("manager24", "demo")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(managers).startsWith("\"" + v + "-").isNotEqualTo(tag);

        // a new building changes the park's figures, not its version: the page is no longer current
        long building = inventory.building(park);
        String afterBuilding = mvc.perform(get("/api/parks/{c}", park).header("If-None-Match", tag))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(afterBuilding).startsWith("\"" + v + "-").isNotEqualTo(tag);
        try {
            // the tag of the GET is the one an edit takes
            mvc.perform(asAdmin(patch("/api/parks/{c}", park), "{\"managingBody\": \"标签测试管委会\"}")
                            .header("If-Match", afterBuilding))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"" + (v + 1) + "\""));
            mvc.perform(asAdmin(patch("/api/parks/{c}", park), "{\"managingBody\": \"过时\"}")
                            .header("If-Match", afterBuilding))
                    .andExpect(status().isPreconditionFailed());
            mvc.perform(get("/api/parks/{c}", park).header("If-None-Match", afterBuilding))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", org.hamcrest.Matchers.startsWith("\"" + (v + 1) + "-")))
                    .andExpect(jsonPath("$.managingBody").value("标签测试管委会"));
        } finally {
            jdbc.update("UPDATE park SET managing_body = ? WHERE code = ?", managingBody, park);
            jdbc.update("DELETE FROM building WHERE id = ?", building);
        }
    }

    @Test
    void onlyAdministratorsEditTheCatalogue() throws Exception {
        for (String user : new String[] {"staff", "manager01", "enterprise"}) {
            mvc.perform(
                            post("/api/industries")
                                    .with(httpBasic(user, "demo"))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"code\": \"NOPE\", \"name\": \"不行\", \"nameEn\": \"No\", \"group\": \"FUTURE\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/admin/industries").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM industry WHERE code = 'NOPE'", Integer.class))
                .isZero();
    }
}
