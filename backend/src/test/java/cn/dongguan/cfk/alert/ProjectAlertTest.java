package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Open projects are standing searches: when a unit starts or stops fitting one, the project's staff
 * member and (for an enterprise's own requirement) the enterprise are told, once per change. Each test
 * has a building of its own with one unit, and projects of its own limited to the building's park
 * and to a ceiling height no sample unit has, so that the unit is the only site of their matches.
 */
@IntegrationTest
class ProjectAlertTest {

    static final String PARK = "DG-P05";
    static final String MANAGER = "manager05";
    /** Taller than any sample unit: the projects' matches are the test's unit or nothing. */
    static final double CEILING = 11.5;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    AlertDelivery delivery;

    long building;
    long unit;
    long enterprise;
    final List<Long> projects = new ArrayList<>();

    @BeforeEach
    void aBuildingWithOneTallUnit() {
        building = inventory.building(PARK);
        jdbc.update("UPDATE building SET fire_hazard_class = '丙' WHERE id = ?", building);
        unit = inventory.unit(building, "VACANT"); // 500 m², 20 yuan
        jdbc.update("UPDATE space_unit SET ceiling_height_m = 12, power_kva = 400 WHERE id = ?", unit);
        enterprise =
                jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'", Long.class);
        deliverAll();
    }

    @AfterEach
    void removeWhatTheTestMade() {
        deliverAll();
        for (long id : projects) {
            jdbc.update("DELETE FROM notification WHERE project_id = ?", id);
            jdbc.update("DELETE FROM expansion_project WHERE id = ?", id);
        }
        jdbc.update("DELETE FROM notification WHERE subject_kind = 'unit' AND subject_id = ?", unit);
        jdbc.update("""
                DELETE FROM building b WHERE id = ? AND NOT EXISTS (
                    SELECT 1 FROM occupancy_event e JOIN space_unit u ON u.id = e.unit_id WHERE u.building_id = b.id)""", building);
        deliverAll();
    }

    private void deliverAll() {
        while (jdbc.queryForObject("SELECT count(*) FROM alert_change", Long.class) > 0) {
            delivery.deliver();
        }
    }

    /** An open (or not) project of the enterprise's, assigned to staff, for floor space in the test's park. */
    private long project(String status, String source, String requirement) {
        long id = jdbc.queryForObject(
                """
                INSERT INTO expansion_project (name, enterprise_id, site_kind, status, source, assigned_staff,
                    location_hard, min_ceiling_height_m, min_area_m2, max_area_m2, max_rent_yuan_m2_month,
                    min_floor_load_kg_m2, min_power_kva, fire_class, needed_by)
                SELECT ?, ?, 'SPACE', ?, ?, 'staff', true, r.ceiling, r.min_area, r.max_area, r.max_rent,
                       r.load, r.power, r.fire, r.needed_by
                FROM jsonb_to_record(CAST(? AS jsonb)) AS r(ceiling numeric, min_area numeric, max_area numeric,
                    max_rent numeric, load numeric, power numeric, fire text, needed_by date)
                RETURNING id""", Long.class, Inventory.unique("测试项目 "), enterprise, status, source, requirement);
        jdbc.update("INSERT INTO project_park (project_id, park_code) VALUES (?, ?)", id, PARK);
        projects.add(id);
        return id;
    }

    private List<Map<String, Object>> told(long project, String user) {
        return jdbc.queryForList(
                "SELECT * FROM notification WHERE project_id = ? AND username = ? AND change_id IS NOT NULL ORDER BY id",
                project,
                user);
    }

    private boolean inMatches(long project) throws Exception {
        String body = mvc.perform(
                        get("/api/projects/{id}/matches?limit=50", project).with(httpBasic("staff", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].unitIds[*]");
        return ids.stream().anyMatch(id -> id.longValue() == unit);
    }

    private void managerSets(String json) throws Exception {
        long version = jdbc.queryForObject("SELECT version FROM space_unit WHERE id = ?", Long.class, unit);
        mvc.perform(patch("/api/units/{id}", unit)
                        .with(httpBasic(MANAGER, "demo"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                        .content(json))
                .andExpect(status().isOk());
        deliverAll();
    }

    @Test
    void theStaffMemberAndTheEnterpriseAreToldWhenTheUnitStopsAndStartsFittingTheirProject() throws Exception {
        String requirement = """
                {"ceiling": %s, "min_area": 400, "max_area": 600, "max_rent": 25}""".formatted(CEILING);
        long open = project("INTENT", "ENTERPRISE", requirement);
        long staffOnly = project("SITING", "STAFF", requirement);
        long signed = project("SIGNED", "ENTERPRISE", requirement);
        deliverAll();
        assertThat(inMatches(open)).as("the unit fits from the start").isTrue();
        assertThat(told(open, "staff")).as("what already fits tells nothing").isEmpty();

        managerSets("{\"rentYuanM2Month\": 30}");
        assertThat(told(open, "staff")).singleElement().satisfies(n -> {
            assertThat(n).containsEntry("fits", false).containsEntry("subject_id", unit);
            assertThat((String) n.get("what")).contains("不再符合项目").contains("No longer fits project");
        });
        assertThat(told(open, "enterprise"))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("fits", false));

        managerSets("{\"rentYuanM2Month\": 22}");
        String name = jdbc.queryForObject("SELECT name FROM expansion_project WHERE id = ?", String.class, open);
        assertThat(told(open, "staff")).hasSize(2).last().satisfies(n -> {
            assertThat(n).containsEntry("fits", true);
            assertThat((String) n.get("what")).contains(name);
            assertThat((String) n.get("subject_name"))
                    .startsWith(jdbc.queryForObject("SELECT name FROM building WHERE id = ?", String.class, building));
        });
        assertThat(told(open, "enterprise")).hasSize(2);
        assertThat(told(staffOnly, "staff"))
                .as("a staff project tells its staff member")
                .hasSize(2);
        assertThat(told(staffOnly, "enterprise")).as("but not the enterprise").isEmpty();
        assertThat(told(signed, "staff"))
                .as("a signed project is no standing search")
                .isEmpty();
        assertThat(told(signed, "enterprise")).isEmpty();

        String mine = mvc.perform(get("/api/me/notifications?size=50").with(httpBasic("enterprise", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> projectIds = JsonPath.read(mine, "$.items[?(@.subjectId == " + unit + ")].projectId");
        assertThat(projectIds).extracting(Number::longValue).contains(open).doesNotContain(staffOnly, signed);

        long occupant = jdbc.queryForObject("SELECT min(id) FROM enterprise", Long.class);
        managerSets("{\"status\": \"OCCUPIED\", \"occupantEnterpriseId\": " + occupant + "}");
        assertThat(told(open, "enterprise")).hasSize(3).last().satisfies(n -> {
            assertThat(n).containsEntry("fits", false);
            assertThat((String) n.get("what")).contains("已出租");
        });
    }

    @Test
    void aStaffMemberWithAnEmailAddressIsMailedAndOneWithoutIsToldOnlyInTheBell() throws Exception {
        String withMail =
                Inventory.unique("mailstaff").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        jdbc.update(
                "INSERT INTO app_user (username, password_hash, role, email) VALUES (?, 'x', 'STAFF', ?)",
                withMail,
                withMail + "@staff.example.cn");
        try {
            String requirement = """
                    {"ceiling": %s, "min_area": 400, "max_area": 600, "max_rent": 25}""".formatted(CEILING);
            long mailed = project("SITING", "STAFF", requirement);
            long bell = project("SITING", "STAFF", requirement);
            jdbc.update("UPDATE expansion_project SET assigned_staff = ? WHERE id = ?", withMail, mailed);
            deliverAll();
            managerSets("{\"rentYuanM2Month\": 30}");
            assertThat(told(mailed, withMail))
                    .singleElement()
                    .satisfies(n -> assertThat(n)
                            .containsEntry("mail_to", withMail + "@staff.example.cn")
                            .containsEntry("mail_mode", "IMMEDIATE"));
            assertThat(told(bell, "staff"))
                    .singleElement()
                    .satisfies(n -> assertThat(n).containsEntry("mail_to", null).containsEntry("mail_mode", "NONE"));
        } finally {
            for (long id : projects) {
                jdbc.update("DELETE FROM notification WHERE project_id = ?", id);
                jdbc.update("DELETE FROM expansion_project WHERE id = ?", id);
            }
            projects.clear();
            jdbc.update("DELETE FROM app_user WHERE username = ?", withMail);
        }
    }

    /**
     * The property: for generated open projects and random changes of the unit, the staff member is
     * told exactly when the unit enters or leaves the project's matches, and which way.
     */
    @Test
    void theStaffMemberIsToldExactlyWhenTheUnitEntersOrLeavesTheProjectsMatches() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int min = pick(random, 300, 450, 500);
            int max = Math.max(min, pick(random, 400, 500, 800));
            String requirement = """
                    {"ceiling": %s, "min_area": %d, "max_area": %d, "max_rent": %s, "load": %s, "power": %s,
                     "fire": %s, "needed_by": %s}""".formatted(
                    pick(random, 11.5, 11.5, 12.5),
                    min,
                    max,
                    random.nextBoolean() ? "null" : pick(random, 15, 20, 25, 35),
                    random.nextInt(3) == 0 ? "800" : "null",
                    random.nextInt(3) == 0 ? "300" : "null",
                    random.nextInt(3) == 0 ? "\"" + (random.nextBoolean() ? "丙" : "乙") + "\"" : "null",
                    random.nextInt(3) == 0 ? "\"" + java.time.LocalDate.now().plusDays(60) + "\"" : "null");
            ids.add(project(random.nextBoolean() ? "INTENT" : "SITING", "STAFF", requirement));
        }
        // one project the unit fits as it starts (500 m², 20 yuan, 12 m): the first two steps move it out and in
        // whatever the draw (about one draw in twenty fits none of the ten above)
        ids.add(project("SITING", "STAFF", """
                {"ceiling": 11.5, "min_area": 450, "max_area": 800, "max_rent": null, "load": null, "power": null,
                 "fire": null, "needed_by": null}"""));
        String[] changes = {
            "rent_yuan_m2_month = 12",
            "rent_yuan_m2_month = 22",
            "rent_yuan_m2_month = 30",
            "rent_yuan_m2_month = NULL",
            "vacant_area_m2 = 300, status = 'VACANT'",
            "vacant_area_m2 = 450, status = 'VACANT'",
            "vacant_area_m2 = 500, status = 'VACANT'",
            "status = 'RESERVED', vacant_area_m2 = 0",
            "status = 'VACANT', vacant_area_m2 = 500",
            "ceiling_height_m = 11",
            "ceiling_height_m = 12",
            "ceiling_height_m = 13",
            "floor_load_kg_m2 = 1000",
            "floor_load_kg_m2 = 500",
            "power_kva = NULL",
            "power_kva = 200",
            "power_kva = 400",
            "available_from = current_date + 30",
            "available_from = current_date + 200",
            "available_from = NULL",
            "last_confirmed_at = now() - interval '130 days'",
            "last_confirmed_at = now()"
        };
        deliverAll();
        int[] toldBefore = new int[ids.size()];
        int transitions = 0;
        for (int step = 0; step < 10; step++) {
            boolean[] before = new boolean[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                before[i] = inMatches(ids.get(i));
            }
            // the first two steps reserve the unit and free it again, so every run moves it out and in
            String change = step < 2 ? changes[7 + step] : changes[random.nextInt(changes.length)];
            jdbc.update("UPDATE space_unit SET " + change + " WHERE id = ?", unit);
            deliverAll();
            for (int i = 0; i < ids.size(); i++) {
                boolean after = inMatches(ids.get(i));
                List<Map<String, Object>> notes = told(ids.get(i), "staff");
                String what = "seed %d, step %d (%s), project %d, in matches before %s after %s, told %s"
                        .formatted(seed, step, change, ids.get(i), before[i], after, notes);
                assertThat(notes.size() - toldBefore[i]).as(what).isEqualTo(before[i] != after ? 1 : 0);
                if (before[i] != after) {
                    assertThat(notes.get(notes.size() - 1)).as(what).containsEntry("fits", after);
                    transitions++;
                }
                toldBefore[i] = notes.size();
            }
        }
        assertThat(transitions)
                .as("seed %d: the unit went in and out of matches", seed)
                .isGreaterThanOrEqualTo(1);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
