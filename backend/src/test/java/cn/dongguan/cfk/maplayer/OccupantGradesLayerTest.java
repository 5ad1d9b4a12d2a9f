package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff-only map layer occupant-grades (issue 16): an occupied building takes the latest 亩均 grade
 * of the occupant holding most of its occupied floor area and counts its occupants by grade, in the web
 * map's GeoJSON, OGC API – Features (filtered by grade) and tiles alike; anyone but staff and
 * administrators is refused every one of them, and nothing lists the layer for them. Rolled back.
 */
@IntegrationTest
@Transactional
class OccupantGradesLayerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inventory inventory;

    long building;
    String box;
    String tile;

    /** A building with two units: the larger occupied by an A-grade enterprise, the other by one never evaluated. */
    @BeforeEach
    void aBuildingWithTwoOccupants() {
        Map<String, Object> b = jdbc.sql("""
                        SELECT b.id, ST_X(ST_PointOnSurface(b.geom)) AS lon, ST_Y(ST_PointOnSurface(b.geom)) AS lat
                        FROM building b WHERE (SELECT count(*) FROM space_unit u WHERE u.building_id = b.id) >= 2
                        ORDER BY b.id LIMIT 1""").query().singleRow();
        building = ((Number) b.get("id")).longValue();
        double lon = ((Number) b.get("lon")).doubleValue();
        double lat = ((Number) b.get("lat")).doubleValue();
        box = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001);
        int z = 16;
        int x = (int) Math.floor((lon + 180) / 360 * (1 << z));
        double r = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
        tile = "/tiles/occupant-grades/" + z + "/" + x + "/" + y + ".mvt";

        List<Long> units = jdbc.sql("SELECT id FROM space_unit WHERE building_id = ? ORDER BY id")
                .param(building)
                .query(Long.class)
                .list();
        long graded = enterprise();
        long unevaluated = enterprise();
        jdbc.sql("UPDATE space_unit SET occupant_enterprise_id = NULL WHERE building_id = ?")
                .param(building)
                .update();
        jdbc.sql(
                        "UPDATE space_unit SET area_m2 = 900, vacant_area_m2 = 0, status = 'OCCUPIED', occupant_enterprise_id = ?"
                                + " WHERE id = ?")
                .param(graded)
                .param(units.get(0))
                .update();
        jdbc.sql(
                        "UPDATE space_unit SET area_m2 = 300, vacant_area_m2 = 0, status = 'OCCUPIED', occupant_enterprise_id = ?"
                                + " WHERE id = ?")
                .param(unevaluated)
                .param(units.get(1))
                .update();
        jdbc.sql(
                        "INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by) VALUES (?, 2024, 'D', 'BUREAU')")
                .param(graded)
                .update();
        jdbc.sql(
                        "INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by) VALUES (?, 2025, 'A', 'BUREAU')")
                .param(graded)
                .update();
    }

    @Test
    void staffSeeTheBuildingByItsLargestOccupantsLatestGrade() throws Exception {
        MockHttpServletResponse map = answer("/api/map/occupant-grades?bbox=" + box, "staff");
        assertThat(map.getStatus()).isEqualTo(200);
        assertThat(map.getHeader("Cache-Control"))
                .as("never kept by a shared cache")
                .contains("private");
        JsonNode feature = JSON.readTree(map.getContentAsString(StandardCharsets.UTF_8))
                .get("features")
                .valueStream()
                .filter(f -> f.get("id").asLong() == building)
                .findFirst()
                .orElseThrow();
        JsonNode p = feature.get("properties");
        assertThat(p.get("grade").asString())
                .as("the latest year's grade of the larger occupant")
                .isEqualTo("A");
        assertThat(p.get("occupants").asInt()).isEqualTo(2);
        assertThat(p.get("gradeA").asInt()).isEqualTo(1);
        assertThat(p.get("gradeD").asInt()).as("an older year does not count").isZero();
        assertThat(p.get("notEvaluated").asInt()).isEqualTo(1);

        JsonNode a = JSON.readTree(answer("/ogc/collections/occupant-grades/items?grade=A&bbox=" + box, "admin")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(a.get("features").valueStream().map(f -> f.get("id").asLong()))
                .contains(building);
        JsonNode none = JSON.readTree(answer("/ogc/collections/occupant-grades/items?grade=NONE&bbox=" + box, "staff")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(none.get("features").valueStream().map(f -> f.get("id").asLong()))
                .doesNotContain(building);

        MockHttpServletResponse mvt = answer(tile, "staff");
        assertThat(mvt.getStatus()).isEqualTo(200);
        assertThat(new String(mvt.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .contains("grade");
        assertThat(mvt.getHeader("Cache-Control")).contains("private");

        JsonNode collections =
                JSON.readTree(answer("/ogc/collections", "staff").getContentAsString(StandardCharsets.UTF_8));
        assertThat(collections
                        .get("collections")
                        .valueStream()
                        .map(c -> c.get("id").asString()))
                .contains("occupant-grades", "buildings");
    }

    @Test
    void anyoneElseIsRefusedTheLayerInEveryFormAndDoesNotSeeItListed() throws Exception {
        for (String user : new String[] {null, "enterprise", "manager01"}) {
            for (String path : List.of(
                    "/api/map/occupant-grades?bbox=" + box,
                    "/ogc/collections/occupant-grades",
                    "/ogc/collections/occupant-grades/items",
                    "/ogc/collections/occupant-grades/items/" + building,
                    "/ogc/collections/occupant-grades/queryables",
                    "/tiles/occupant-grades.json",
                    tile)) {
                MockHttpServletResponse r = answer(path, user);
                assertThat(r.getStatus()).as("%s as %s", path, user).isIn(401, 403);
                assertThat(r.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\"grade\"");
            }
            JsonNode collections =
                    JSON.readTree(answer("/ogc/collections", user).getContentAsString(StandardCharsets.UTF_8));
            assertThat(collections
                            .get("collections")
                            .valueStream()
                            .map(c -> c.get("id").asString()))
                    .as("as %s", user)
                    .contains("buildings")
                    .doesNotContain("occupant-grades");
        }
    }

    private MockHttpServletResponse answer(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long enterprise() {
        return inventory.enterprise("等级图层测试企业 ");
    }
}
