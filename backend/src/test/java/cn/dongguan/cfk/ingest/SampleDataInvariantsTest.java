package cn.dongguan.cfk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.gisdata.CreditCode;
import cn.dongguan.cfk.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sample data as loaded into PostGIS keeps the promises of gis-data/README.md, checked by PostGIS itself. */
@IntegrationTest
class SampleDataInvariantsTest {

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void thirtyTwoTownsAndThirtyFiveParks() {
        assertThat(count("SELECT count(*) FROM town")).isEqualTo(32);
        assertThat(jdbc.queryForList("SELECT code FROM park ORDER BY code", String.class))
                .hasSize(35)
                .first()
                .isEqualTo("DG-P01");
        assertThat(jdbc.queryForList("SELECT code FROM park ORDER BY code", String.class))
                .last()
                .isEqualTo("DG-P35");
        assertThat(jdbc.queryForList("SELECT name FROM park", String.class)).allMatch(n -> n.startsWith("示例园区"));
    }

    @Test
    void sizesAreAsPromised() {
        assertThat(count("SELECT count(*) FROM building")).isBetween(2_700L, 3_700L);
        assertThat(count("SELECT count(*) FROM building WHERE park_code IS NULL"))
                .isBetween(count("SELECT count(*) FROM building") / 20, count("SELECT count(*) FROM building") / 5);
        assertThat(count("SELECT count(*) FROM space_unit")).isBetween(10_000L, 14_000L);
        assertThat(count("SELECT count(*) FROM parcel")).isBetween(500L, 700L);
        assertThat(count("SELECT count(*) FROM enterprise")).isBetween(150L, 250L);
        assertThat(count("SELECT count(*) FROM expansion_project WHERE name LIKE '示例项目%'"))
                .as("sample projects; tests add their own")
                .isEqualTo(30);
    }

    @Test
    void everyGeometryIsValidAndInsideDongguan() {
        for (String table : List.of("town", "park", "building", "parcel")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE NOT ST_IsValid(geom)"))
                    .as(table)
                    .isZero();
            assertThat(count("SELECT count(*) FROM " + table
                            + " WHERE NOT ST_CoveredBy(geom, ST_MakeEnvelope(113.5, 22.6, 114.3, 23.2, 4326))"))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void townsDoNotOverlap() {
        assertThat(count("""
                SELECT count(*) FROM town a JOIN town b ON a.code < b.code AND a.geom && b.geom
                WHERE ST_Relate(a.geom, b.geom, '2********')""")).isZero();
    }

    @Test
    void parksAreInsideTheirTownDoNotOverlapAndMeasureHalfToTenSquareKilometres() {
        assertThat(count("""
                SELECT count(*) FROM park p JOIN park_town pt ON pt.park_code = p.code JOIN town t ON t.code = pt.town_code
                WHERE NOT ST_Within(p.geom, t.geom)""")).isZero();
        assertThat(count("SELECT count(DISTINCT park_code) FROM park_town")).isEqualTo(35);
        assertThat(count("""
                SELECT count(*) FROM park a JOIN park b ON a.code < b.code AND a.geom && b.geom
                WHERE ST_Intersects(a.geom, b.geom)""")).isZero();
        assertThat(count("SELECT count(*) FROM park WHERE ST_Area(geom::geography) NOT BETWEEN 500000 AND 10000000"))
                .isZero();
        assertThat(count("""
                SELECT count(*) FROM park p WHERE NOT EXISTS (SELECT 1 FROM park_industry i WHERE i.park_code = p.code)
                   OR (SELECT count(*) FROM park_industry i WHERE i.park_code = p.code) > 4""")).isZero();
    }

    @Test
    void buildingsAreInsideTheirParkOrTownAndNeverOverlap() {
        assertThat(count("""
                SELECT count(*) FROM building b JOIN park p ON p.code = b.park_code WHERE NOT ST_Within(b.geom, p.geom)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM building b JOIN town t ON t.code = b.town_code WHERE NOT ST_Within(b.geom, t.geom)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM building b JOIN park p ON b.geom && p.geom AND ST_Intersects(b.geom, p.geom)
                WHERE b.park_code IS NULL""")).as("village buildings outside all parks").isZero();
        assertThat(count("""
                SELECT count(*) FROM building a JOIN building b ON a.id < b.id AND a.geom && b.geom
                WHERE ST_Relate(a.geom, b.geom, '2********')""")).isZero();
    }

    /** Units as loaded: write tests change some units (and bump their version) on the shared database. */
    @Test
    void unitsRespectAreaStatusAndFloorRules() {
        assertThat(count("SELECT count(*) FROM space_unit WHERE vacant_area_m2 > area_m2"))
                .isZero();
        assertThat(count("SELECT count(*) FROM space_unit WHERE status = 'OCCUPIED' AND vacant_area_m2 > 0"))
                .isZero();
        double vacantShare = jdbc.queryForObject(
                "SELECT avg(CASE WHEN status = 'VACANT' THEN 1.0 ELSE 0 END) FROM space_unit", Double.class);
        assertThat(vacantShare).isBetween(0.15, 0.35);
        assertThat(count("""
                SELECT count(*) FROM space_unit WHERE floor_from = 1 AND floor_to = 1
                AND version = 0
                AND (ceiling_height_m NOT BETWEEN 6 AND 9 OR floor_load_kg_m2 NOT BETWEEN 2000 AND 3000)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM space_unit WHERE floor_from > 1
                AND version = 0
                AND (ceiling_height_m NOT BETWEEN 4 AND 5.5 OR floor_load_kg_m2 NOT BETWEEN 500 AND 1000)""")).isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM space_unit WHERE version = 0 AND rent_yuan_m2_month NOT BETWEEN 12 AND 45"))
                .isZero();
        assertThat(count("SELECT count(*) FROM space_unit WHERE version = 0 AND power_kva NOT BETWEEN 100 AND 2500"))
                .isZero();
        assertThat(count("SELECT count(*) FROM space_unit WHERE last_confirmed_at < now() - interval '120 days'"))
                .as("some listings are stale")
                .isPositive();
        assertThat(count(
                        "SELECT count(*) FROM space_unit WHERE status = 'OCCUPIED' AND occupant_enterprise_id IS NULL"))
                .isZero();
    }

    @Test
    void parcelsMeasureTwoToTwoHundredMuMostlyUnderSeventyFiveWithAdjacentGroups() {
        assertThat(count("SELECT count(*) FROM parcel WHERE area_m2 * 15 / 10000 NOT BETWEEN 2 AND 200"))
                .isZero();
        double underSeventyFive = jdbc.queryForObject(
                "SELECT avg(CASE WHEN area_m2 * 15 / 10000 < 75 THEN 1.0 ELSE 0 END) FROM parcel", Double.class);
        assertThat(underSeventyFive).isGreaterThan(0.5);
        assertThat(count("""
                SELECT count(*) FROM parcel a JOIN parcel b ON a.id < b.id AND a.geom && b.geom
                WHERE ST_Relate(a.geom, b.geom, '2********')""")).as("overlapping parcels").isZero();
        assertThat(count("""
                SELECT count(*) FROM parcel a JOIN parcel b ON a.id < b.id AND a.geom && b.geom
                WHERE ST_Touches(a.geom, b.geom)""")).as("adjacent parcel pairs").isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM parcel", String.class))
                .containsExactlyInAnyOrder("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");
        assertThat(jdbc.queryForList("SELECT DISTINCT planning_use FROM parcel", String.class))
                .containsExactlyInAnyOrder("M0", "M1", "M2", "M3", "W");
    }

    @Test
    void everyCreditCodeCarriesItsGb32100CheckCharacter() {
        // prospects (not registered in China yet) have none (issue 12)
        List<String> codes =
                jdbc.queryForList("SELECT credit_code FROM enterprise WHERE credit_code IS NOT NULL", String.class);
        assertThat(codes).isNotEmpty().allMatch(CreditCode::isValid);
    }

    @Test
    void someProjectsAreOverdue() {
        assertThat(count("""
                SELECT count(*) FROM expansion_project
                WHERE planned_start < current_date AND status IN ('INTENT', 'SITING', 'SIGNED')""")).isPositive();
        assertThat(count("SELECT count(DISTINCT status) FROM expansion_project"))
                .isGreaterThanOrEqualTo(5);
    }
}
