package cn.dongguan.cfk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The Flyway migrations applied to the empty test database, and the rules the schema itself enforces. */
@IntegrationTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyMigrationAppliedSuccessfully() {
        List<Map<String, Object>> history = jdbc.queryForList(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        assertThat(history).extracting(r -> r.get("version")).startsWith("1", "2");
        assertThat(history).allSatisfy(r -> assertThat(r.get("success")).isEqualTo(true));
    }

    @Test
    void geometryColumnsHaveExplicitTypesAndWgs84() {
        List<String> columns = jdbc.queryForList("""
                SELECT f_table_name || '.' || f_geometry_column || ':' || type || ':' || srid
                FROM geometry_columns WHERE f_table_schema = current_schema() ORDER BY 1""", String.class);
        assertThat(columns)
                .containsExactly(
                        "building.geom:POLYGON:4326",
                        "parcel.geom:MULTIPOLYGON:4326",
                        "park.geom:MULTIPOLYGON:4326",
                        "space_listing.point:POINT:4326",
                        "space_listing_source.point:POINT:4326",
                        "town.geom:MULTIPOLYGON:4326");
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE space_unit SET vacant_area_m2 = area_m2 + 1 WHERE id = (SELECT min(id) FROM space_unit)",
                "UPDATE space_unit SET area_m2 = -5 WHERE id = (SELECT min(id) FROM space_unit)",
                "UPDATE space_unit SET status = 'EMPTY' WHERE id = (SELECT min(id) FROM space_unit)",
                "UPDATE parcel SET plot_ratio_min = plot_ratio_max + 1 WHERE id = (SELECT min(id) FROM parcel)",
                "UPDATE parcel SET status = 'SOLD' WHERE id = (SELECT min(id) FROM parcel)",
                "UPDATE enterprise SET credit_code = '91441900ABC' WHERE id = (SELECT min(id) FROM enterprise)",
                "UPDATE building SET fire_hazard_class = '己' WHERE id = (SELECT min(id) FROM building)",
                "UPDATE building SET geom = ST_GeomFromText('POLYGON((113.8 23,113.81 23.01,113.81 23,113.8 23.01,113.8 23))', 4326) WHERE id = (SELECT min(id) FROM building)",
                "UPDATE building SET geom = ST_GeomFromText('POINT(113.8 23)', 4326) WHERE id = (SELECT min(id) FROM building)",
                "INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, status) VALUES (-1, 1, 1, 100, 'OCCUPIED')"
            })
    void theSchemaRefusesBadData(String statement) {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.update(statement)))
                .isInstanceOf(DataAccessException.class);
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
