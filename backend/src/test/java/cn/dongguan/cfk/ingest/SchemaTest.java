package cn.dongguan.cfk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.Units;
import cn.dongguan.cfk.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules the schema itself enforces, on the migrated test database: types and indexes, the SQL
 * twins of the Java domain rules, and the constraints that refuse bad data, each by name.
 */
@IntegrationTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyTableHasAPrimaryKey() {
        assertThat(jdbc.queryForList("""
                        SELECT c.relname FROM pg_class c
                        WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p')""", String.class)).isEmpty();
    }

    @Test
    void theSqlTwinsOfTheDomainRulesAgreeWithTheirJavaOwners() {
        for (FireHazardClass c : FireHazardClass.values()) {
            assertThat(jdbc.queryForObject("SELECT fire_hazard_rank(?)", Integer.class, c.code()))
                    .as("fire_hazard_rank(%s)", c.code())
                    .isEqualTo(c.rank());
        }
        assertThat(jdbc.queryForObject("SELECT fire_hazard_rank('己')", Integer.class))
                .isNull();
        for (String m2 : List.of("0.01", "3.33", "666.67", "1234.5", "10000", "99999999.99")) {
            assertThat(jdbc.queryForObject("SELECT m2_to_mu(CAST(? AS numeric))", BigDecimal.class, m2))
                    .as("m2_to_mu(%s)", m2)
                    .isEqualByComparingTo(Units.m2ToMu(new BigDecimal(m2)));
        }
    }

    @Test
    void geometryColumnsHaveExplicitTypesAndWgs84() {
        List<String> columns = jdbc.queryForList("""
                SELECT f_table_name || '.' || f_geometry_column || ':' || type || ':' || srid
                FROM geometry_columns WHERE f_table_schema = current_schema() ORDER BY 1""", String.class);
        assertThat(columns)
                .containsExactly(
                        "building.geom:POLYGON:4326",
                        "building_occupant_grade.geom:POLYGON:4326",
                        "parcel.geom:MULTIPOLYGON:4326",
                        "park.geom:MULTIPOLYGON:4326",
                        "space_listing.point:POINT:4326",
                        "space_listing_source.point:POINT:4326",
                        "town.geom:MULTIPOLYGON:4326",
                        "village_area.geom:MULTIPOLYGON:4326");
    }

    @Test
    void everyGeometryColumnHasAGistIndex() {
        List<String> indexed = jdbc.queryForList("""
                SELECT t.relname FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_am a ON a.oid = i.relam
                WHERE a.amname = 'gist' ORDER BY 1""", String.class);
        assertThat(indexed).contains("building", "parcel", "park", "town");
    }

    @Test
    void theIndustryCatalogueIsSeeded() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM industry", Integer.class))
                .isEqualTo(19);
        assertThat(jdbc.queryForList(
                        "SELECT name FROM industry WHERE group_code = 'FUTURE' ORDER BY sort_order", String.class))
                .containsExactly("6G", "前沿新材料", "具身智能", "未来生命健康");
    }

    /** Each statement breaks one rule; the refusal must name that rule, and nothing is kept either way. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "UPDATE space_unit SET vacant_area_m2 = area_m2 + 1 WHERE id = (SELECT min(id) FROM space_unit) | space_unit_vacant_le_area_ck",
                "UPDATE space_unit SET area_m2 = -5 WHERE id = (SELECT min(id) FROM space_unit) | space_unit_area_m2_check",
                "UPDATE space_unit SET status = 'EMPTY' WHERE id = (SELECT min(id) FROM space_unit) | space_unit_status_check",
                "UPDATE space_unit SET status = 'VACANT', vacant_area_m2 = 0 WHERE id = (SELECT min(id) FROM space_unit) | space_unit_status_vacancy_ck",
                "UPDATE space_unit SET floor_to = floor_from - 1 WHERE id = (SELECT min(id) FROM space_unit) | space_unit_floors_ck",
                "UPDATE parcel SET plot_ratio_min = plot_ratio_max + 1 WHERE id = (SELECT min(id) FROM parcel WHERE plot_ratio_max IS NOT NULL) | parcel_plot_ratio_ck",
                "UPDATE parcel SET status = 'SOLD' WHERE id = (SELECT min(id) FROM parcel) | parcel_status_check",
                "UPDATE enterprise SET credit_code = '91441900ABC' WHERE id = (SELECT min(id) FROM enterprise) | enterprise_credit_code_check",
                "UPDATE building SET fire_hazard_class = '己' WHERE id = (SELECT min(id) FROM building) | building_fire_hazard_class_check",
                "UPDATE building SET geom = ST_GeomFromText('POLYGON((113.8 23,113.81 23.01,113.81 23,113.8 23.01,113.8 23))', 4326) WHERE id = (SELECT min(id) FROM building) | building_geom_check",
                "UPDATE building SET geom = ST_GeomFromText('POINT(113.8 23)', 4326) WHERE id = (SELECT min(id) FROM building) | does not match column type (Polygon)",
                "INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, status) VALUES (-1, 1, 1, 100, 'OCCUPIED') | space_unit_building_id_fkey"
            })
    void theSchemaRefusesBadDataNamingTheRule(String statement, String rule) {
        tx.executeWithoutResult(s -> {
            s.setRollbackOnly();
            assertThatThrownBy(() -> jdbc.update(statement))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining(rule);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE occupancy_event SET actor = 'someone' WHERE id = ?",
                "DELETE FROM occupancy_event WHERE id = ?",
                "TRUNCATE occupancy_event"
            })
    void occupancyEventsCanBeAddedButNeverChangedOrDeleted(String statement) {
        tx.executeWithoutResult(s -> {
            Long unit = jdbc.queryForObject("SELECT min(id) FROM space_unit", Long.class);
            Long event = jdbc.queryForObject("""
                    INSERT INTO occupancy_event (unit_id, actor, source, before, after)
                    VALUES (?, 'schema-test', 'API', '{"status":"VACANT"}', '{"status":"OCCUPIED"}') RETURNING id""", Long.class, unit);
            assertThat(event).isNotNull();
            Object[] args = statement.contains("?") ? new Object[] {event} : new Object[0];
            assertThatThrownBy(() -> jdbc.update(statement, args))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
            s.setRollbackOnly();
        });
    }
}
