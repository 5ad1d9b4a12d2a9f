package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Api;
import cn.dongguan.cfk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The search reads space_listing, which triggers keep in step with units and buildings: every write
 * shows in the next search, in the same transaction. Each test rolls back what it changed.
 */
@IntegrationTest
@Transactional
class SpaceListingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    @AfterEach
    void theListingIsExactlyTheVacantUnits() {
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM ((TABLE space_listing EXCEPT TABLE space_listing_source)
                                      UNION ALL (TABLE space_listing_source EXCEPT TABLE space_listing)) AS difference""", Long.class)).isZero();
    }

    private long freshVacantUnit() {
        return jdbc.queryForObject("""
                SELECT min(id) FROM space_unit WHERE status = 'VACANT' AND last_confirmed_at > now() - interval '30 days'""", Long.class);
    }

    private JsonNode find(String query) throws Exception {
        return api.get("/api/spaces?size=500&" + query);
    }

    @Test
    void aUnitLetSinceLeavesTheSearch() throws Exception {
        long id = freshVacantUnit();
        String town = jdbc.queryForObject(
                "SELECT b.town_code FROM building b JOIN space_unit u ON u.building_id = b.id WHERE u.id = ?",
                String.class,
                id);
        long before = find("town=" + town).get("total").asLong();
        jdbc.update("UPDATE space_unit SET status = 'OCCUPIED', vacant_area_m2 = 0 WHERE id = ?", id);
        JsonNode after = find("town=" + town);
        assertThat(after.get("total").asLong()).isEqualTo(before - 1);
        assertThat(Api.ids(api.all("/api/spaces?town=" + town, 500))).doesNotContain(id);
    }

    @Test
    void aUnitFreedAndConfirmedAppearsWithItsNewFigures() throws Exception {
        long id = jdbc.queryForObject("SELECT min(id) FROM space_unit WHERE status = 'OCCUPIED'", Long.class);
        jdbc.update("""
                UPDATE space_unit SET status = 'VACANT', vacant_area_m2 = area_m2, occupant_enterprise_id = NULL,
                       rent_yuan_m2_month = 0.01, last_confirmed_at = now() WHERE id = ?""", id);
        JsonNode found = find("maxRent=0.01");
        assertThat(Api.ids(iterable(found.get("items")))).containsExactly(id);
        assertThat(found.get("items").get(0).get("rentYuanM2Month").asDouble()).isEqualTo(0.01);
    }

    @Test
    void aBuildingThatChangesTownTakesItsUnitsAlong() throws Exception {
        long id = freshVacantUnit();
        long building = jdbc.queryForObject("SELECT building_id FROM space_unit WHERE id = ?", Long.class, id);
        String other = jdbc.queryForObject("""
                SELECT min(code) FROM town WHERE code <> (SELECT town_code FROM building WHERE id = ?)""", String.class, building);
        jdbc.update("UPDATE building SET town_code = ?, fire_hazard_class = '甲' WHERE id = ?", other, building);
        assertThat(Api.ids(api.all("/api/spaces?town=" + other + "&fireClass=甲", 500)))
                .contains(id);
    }

    @Test
    void aNewVacantUnitIsFoundAndADeletedOneIsNot() throws Exception {
        long building = jdbc.queryForObject("SELECT min(id) FROM building", Long.class);
        long id = jdbc.queryForObject("""
                INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, vacant_area_m2, status, rent_yuan_m2_month)
                VALUES (?, 9, 9, 123.45, 123.45, 'VACANT', 0.02) RETURNING id""", Long.class, building);
        assertThat(Api.ids(iterable(
                        find("maxRent=0.02&minArea=123.45&maxArea=123.45").get("items"))))
                .containsExactly(id);
        jdbc.update("DELETE FROM space_unit WHERE id = ?", id);
        assertThat(find("maxRent=0.02&minArea=123.45&maxArea=123.45")
                        .get("total")
                        .asLong())
                .isZero();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
