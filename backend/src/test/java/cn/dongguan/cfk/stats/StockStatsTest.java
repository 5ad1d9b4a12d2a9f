package cn.dongguan.cfk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.Api;
import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The stock as of a day and its trend (issue 15): consistent with the current figures, exact at boundaries. */
@IntegrationTest
class StockStatsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Inventory inventory;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(mvc);
    }

    @Test
    void asOfTodayIsTheCurrentFigureAndTheParksFiguresAndTheLastTrendPoint() throws Exception {
        String today = jdbc.queryForObject("SELECT dongguan_today()::text", String.class);
        JsonNode current = api.get("/api/stats/vacancy?groupBy=park");
        JsonNode asOf = api.get("/api/stats/vacancy?groupBy=park&asOf=" + today);
        assertThat(asOf.get("asOf").asString()).isEqualTo(today);
        assertThat(asOf.get("items")).isEqualTo(current.get("items"));
        assertThat(asOf.get("city")).isEqualTo(current.get("city"));

        JsonNode parks = api.get("/api/parks");
        JsonNode trend = api.get("/api/stats/vacancy/trend?groupBy=park");
        assertThat(trend.get("series")).hasSize(35);
        for (int i = 0; i < 35; i++) {
            JsonNode item = current.get("items").get(i);
            JsonNode park = parks.get(i);
            assertThat(item.get("code").asString()).isEqualTo(park.get("code").asString());
            assertThat(item.get("floorAreaM2").decimalValue())
                    .isEqualByComparingTo(park.get("floorAreaM2").decimalValue());
            assertThat(item.get("vacantAreaM2").decimalValue())
                    .isEqualByComparingTo(park.get("vacantAreaM2").decimalValue());
            assertThat(item.get("vacancyRate").asDouble())
                    .isEqualTo(park.get("vacancyRate").asDouble());
            JsonNode series = trend.get("series").get(i);
            assertThat(series.get("points")).hasSize(24);
            JsonNode last = series.get("points").get(23);
            assertThat(last.get("period").asString()).isEqualTo(today.substring(0, 7));
            assertThat(series.get("code").asString()).isEqualTo(item.get("code").asString());
            for (String figure :
                    List.of("floorAreaM2", "vacantAreaM2", "vacancyRate", "listings", "avgAskingRentYuanM2Month")) {
                assertThat(last.get(figure)).as(figure).isEqualTo(item.get(figure));
            }
        }
        // The rows as they are: vacant area of VACANT units, listings, the area-weighted asking rent.
        Map<String, Object> truth = jdbc.queryForMap("""
                SELECT sum(u.vacant_area_m2) FILTER (WHERE u.status = 'VACANT') AS vacant,
                       count(*) FILTER (WHERE u.status = 'VACANT') AS listings,
                       round(sum(u.rent_yuan_m2_month * u.vacant_area_m2) FILTER (WHERE u.status = 'VACANT')
                             / sum(u.vacant_area_m2) FILTER (WHERE u.status = 'VACANT' AND u.rent_yuan_m2_month IS NOT NULL), 2) AS rent,
                       (SELECT sum(floor_area_m2) FROM building WHERE started_on <= dongguan_today()) AS floor
                FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.started_on <= dongguan_today() -- in the stock today: not future supply (V220)""");
        JsonNode city = current.get("city");
        assertThat(city.get("vacantAreaM2").decimalValue()).isEqualByComparingTo((BigDecimal) truth.get("vacant"));
        assertThat(city.get("listings").asLong()).isEqualTo(((Number) truth.get("listings")).longValue());
        assertThat(city.get("avgAskingRentYuanM2Month").decimalValue())
                .isEqualByComparingTo((BigDecimal) truth.get("rent"));
        assertThat(city.get("floorAreaM2").decimalValue()).isEqualByComparingTo((BigDecimal) truth.get("floor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"town", "type"})
    void townsAndBuildingTypesAddUpToTheCityOnAnyDay(String group) throws Exception {
        for (String day : List.of(
                "2025-01-31", "2025-12-01", jdbc.queryForObject("SELECT dongguan_today()::text", String.class))) {
            JsonNode answer = api.get("/api/stats/vacancy?groupBy=" + group + "&asOf=" + day);
            BigDecimal floor = BigDecimal.ZERO;
            BigDecimal vacant = BigDecimal.ZERO;
            long listings = 0;
            for (JsonNode item : answer.get("items")) {
                floor = floor.add(item.get("floorAreaM2").decimalValue());
                vacant = vacant.add(item.get("vacantAreaM2").decimalValue());
                listings += item.get("listings").asLong();
            }
            JsonNode city = answer.get("city");
            assertThat(floor)
                    .as(day)
                    .isEqualByComparingTo(city.get("floorAreaM2").decimalValue());
            assertThat(vacant)
                    .as(day)
                    .isEqualByComparingTo(city.get("vacantAreaM2").decimalValue());
            assertThat(listings).as(day).isEqualTo(city.get("listings").asLong());
        }
    }

    @Test
    void theSampleHasTwentyFourMonthsOfHistory() throws Exception {
        JsonNode city = api.get("/api/stats/vacancy/trend?groupBy=city")
                .get("series")
                .get(0)
                .get("points");
        assertThat(city).hasSize(24);
        double takeUp = 0;
        double released = 0;
        double supply = 0;
        for (JsonNode p : city) {
            takeUp += p.get("takeUpM2").asDouble();
            released += p.get("releasedM2").asDouble();
            supply += p.get("newSupplyM2").asDouble();
        }
        assertThat(takeUp).isPositive();
        assertThat(released).isPositive();
        assertThat(supply).isPositive();
        assertThat(city.get(0).get("floorAreaM2").asDouble())
                .isLessThan(city.get(23).get("floorAreaM2").asDouble());
        assertThat(city.get(0).get("avgAskingRentYuanM2Month").asDouble())
                .isNotEqualTo(city.get(23).get("avgAskingRentYuanM2Month").asDouble());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM occupancy_event WHERE source = 'SEED'", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM parcel_status_event WHERE status_before = 'AVAILABLE' AND status = 'SUPPLIED'",
                        Long.class))
                .isPositive();
    }

    @Test
    void aChangeMadeTodayMovesOnlyTheCurrentPeriodByExactlyItsAmount() throws Exception {
        String park = "DG-P09";
        String url = "/api/stats/vacancy/trend?groupBy=park&codes=" + park;
        JsonNode before = api.get(url).get("series").get(0).get("points");
        long building = inventory.building(park, 3, 2400);
        long unit = inventory.unit(building, "VACANT");
        JsonNode added = api.get(url).get("series").get(0).get("points");
        assertOnlyLastMoved(
                before,
                added,
                Map.of(
                        "floorAreaM2",
                        2400,
                        "newSupplyM2",
                        2400,
                        "vacantAreaM2",
                        500,
                        "listings",
                        1,
                        "netAbsorptionM2",
                        1900));

        jdbc.update(
                "UPDATE space_unit SET status = 'OCCUPIED', vacant_area_m2 = 0,"
                        + " occupant_enterprise_id = (SELECT min(id) FROM enterprise) WHERE id = ?",
                unit);
        JsonNode let = api.get(url).get("series").get(0).get("points");
        assertOnlyLastMoved(
                before,
                let,
                Map.of("floorAreaM2", 2400, "newSupplyM2", 2400, "takeUpM2", 500, "netAbsorptionM2", 2400));
    }

    private static void assertOnlyLastMoved(JsonNode before, JsonNode after, Map<String, Integer> moved) {
        assertThat(after).hasSize(before.size());
        for (int i = 0; i < before.size() - 1; i++) {
            assertThat(after.get(i)).as(before.get(i).get("period").asString()).isEqualTo(before.get(i));
        }
        JsonNode b = before.get(before.size() - 1);
        JsonNode a = after.get(after.size() - 1);
        for (String figure : List.of(
                "floorAreaM2",
                "newSupplyM2",
                "removedM2",
                "vacantAreaM2",
                "takeUpM2",
                "releasedM2",
                "netAbsorptionM2",
                "listings")) {
            BigDecimal change =
                    a.get(figure).decimalValue().subtract(b.get(figure).decimalValue());
            assertThat(change).as(figure).isEqualByComparingTo(BigDecimal.valueOf(moved.getOrDefault(figure, 0)));
        }
    }

    @Test
    void aChangeCountsFromTheEndOfItsDayAndInTheMonthOfItsDay() throws Exception {
        String park = "DG-P11";
        String trend = "/api/stats/vacancy/trend?groupBy=park&codes=" + park + "&from=2025-02&to=2025-05";
        JsonNode before = api.get(trend).get("series").get(0).get("points");
        Map<String, JsonNode> asOfBefore = new HashMap<>();
        for (String day : List.of("2025-03-30", "2025-03-31", "2025-04-01")) {
            asOfBefore.put(day, parkAsOf(park, day));
        }
        long[] unit = new long[1];
        onDay("2025-03-31", () -> unit[0] = inventory.unit(inventory.building(park, 3, 2400), "VACANT"));
        onDay(
                "2025-04-01",
                () -> jdbc.update(
                        "UPDATE space_unit SET status = 'RESERVED', vacant_area_m2 = 0 WHERE id = ?", unit[0]));

        assertThat(parkAsOf(park, "2025-03-30")).isEqualTo(asOfBefore.get("2025-03-30"));
        assertMoved(asOfBefore.get("2025-03-31"), parkAsOf(park, "2025-03-31"), 1, 2400, 500, 1);
        assertMoved(asOfBefore.get("2025-04-01"), parkAsOf(park, "2025-04-01"), 1, 2400, 0, 0);

        JsonNode after = api.get(trend).get("series").get(0).get("points");
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertPoint(
                before.get(1),
                after.get(1),
                Map.of(
                        "floorAreaM2",
                        2400,
                        "newSupplyM2",
                        2400,
                        "vacantAreaM2",
                        500,
                        "listings",
                        1,
                        "netAbsorptionM2",
                        1900));
        assertPoint(before.get(2), after.get(2), Map.of("floorAreaM2", 2400, "takeUpM2", 500, "netAbsorptionM2", 500));
        assertPoint(before.get(3), after.get(3), Map.of("floorAreaM2", 2400));

        JsonNode quarters = api.get("/api/stats/vacancy/trend?groupBy=park&codes=" + park + "&from=2025-01&to=2025-06"
                        + "&interval=quarter")
                .get("series")
                .get(0)
                .get("points");
        assertThat(quarters).hasSize(2);
        assertThat(quarters.get(0).get("period").asString()).isEqualTo("2025Q1");
        assertThat(quarters.get(1).get("period").asString()).isEqualTo("2025Q2");
        assertThat(quarters.get(0).get("vacantAreaM2")).isEqualTo(after.get(1).get("vacantAreaM2"));
        assertThat(quarters.get(1).get("floorAreaM2"))
                .isEqualTo(api.get(trend.replace("2025-05", "2025-06"))
                        .get("series")
                        .get(0)
                        .get("points")
                        .get(4)
                        .get("floorAreaM2"));
    }

    private static void assertPoint(JsonNode before, JsonNode after, Map<String, Integer> moved) {
        assertThat(after.get("period")).isEqualTo(before.get("period"));
        for (String figure : List.of(
                "floorAreaM2",
                "newSupplyM2",
                "removedM2",
                "vacantAreaM2",
                "takeUpM2",
                "releasedM2",
                "netAbsorptionM2",
                "listings")) {
            BigDecimal change =
                    after.get(figure).decimalValue().subtract(before.get(figure).decimalValue());
            assertThat(change)
                    .as(before.get("period").asString() + " " + figure)
                    .isEqualByComparingTo(BigDecimal.valueOf(moved.getOrDefault(figure, 0)));
        }
    }

    private static void assertMoved(
            JsonNode before, JsonNode after, int buildings, double floor, double vacant, int listings) {
        assertThat(after.get("buildings").asInt() - before.get("buildings").asInt())
                .isEqualTo(buildings);
        assertThat(after.get("floorAreaM2")
                        .decimalValue()
                        .subtract(before.get("floorAreaM2").decimalValue()))
                .isEqualByComparingTo(BigDecimal.valueOf(floor));
        assertThat(after.get("vacantAreaM2")
                        .decimalValue()
                        .subtract(before.get("vacantAreaM2").decimalValue()))
                .isEqualByComparingTo(BigDecimal.valueOf(vacant));
        assertThat(after.get("listings").asInt() - before.get("listings").asInt())
                .isEqualTo(listings);
    }

    /**
     * Random histories of a few units, each change written on its day as the app writes it: the
     * figures as of random days, and each month's take-up and released space, are what replaying the
     * changes by hand gives.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomHistoriesGiveTheFiguresThatReplayingThemGives(long seed) throws Exception {
        Random random = new Random(seed);
        String park = "DG-P" + (20 + seed);
        LocalDate start = LocalDate.of(2024, 1, 1);
        int days = 700;
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            checks.add(start.plusDays(random.nextInt(days)).toString());
        }
        checks.add(start.minusDays(1).toString());
        String trend = "/api/stats/vacancy/trend?groupBy=park&codes=" + park + "&from=2024-01&to=2025-11";
        Map<String, JsonNode> before = new HashMap<>();
        for (String day : checks) {
            before.put(day, parkAsOf(park, day));
        }
        JsonNode trendBefore = api.get(trend).get("series").get(0).get("points");

        // The model: each unit's vacant area from its start day on, changed on the days drawn.
        int units = 4;
        List<Change> changes = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int changesOfUnit = random.nextInt(6);
            for (int c = 0; c < changesOfUnit; c++) {
                changes.add(new Change(
                        u,
                        start.plusDays(1 + random.nextInt(days - 1)),
                        random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(500)));
            }
        }
        changes.sort((a, b) -> a.day().compareTo(b.day()));
        long[] ids = new long[units];
        onDay(start.toString(), () -> {
            long building = inventory.building(park, 2, 2000);
            for (int u = 0; u < units; u++) {
                ids[u] = inventory.unit(building, "VACANT");
            }
        });
        for (Change c : changes) {
            onDay(
                    c.day().toString(),
                    () -> jdbc.update(
                            """
                            UPDATE space_unit SET status = ?, vacant_area_m2 = ?, occupant_enterprise_id =
                                CASE WHEN ? = 0 THEN (SELECT min(id) FROM enterprise) END
                            WHERE id = ?""", c.vacant() == 0 ? "OCCUPIED" : "VACANT", c.vacant(), c.vacant(), ids[c.unit()]));
        }

        for (String day : checks) {
            LocalDate d = LocalDate.parse(day);
            int[] vacant = new int[units];
            boolean started = !d.isBefore(start);
            for (int u = 0; u < units; u++) {
                vacant[u] = started ? 500 : 0;
            }
            for (Change c : changes) {
                if (!c.day().isAfter(d)) {
                    vacant[c.unit()] = c.vacant();
                }
            }
            int expectedVacant = 0;
            int expectedListings = 0;
            for (int v : vacant) {
                expectedVacant += v;
                expectedListings += v > 0 ? 1 : 0;
            }
            assertMoved(
                    before.get(day),
                    parkAsOf(park, day),
                    started ? 1 : 0,
                    started ? 2000 : 0,
                    expectedVacant,
                    expectedListings);
        }

        JsonNode trendAfter = api.get(trend).get("series").get(0).get("points");
        int[] vacant = {500, 500, 500, 500};
        for (int i = 0; i < trendAfter.size(); i++) {
            YearMonth month = YearMonth.parse(trendAfter.get(i).get("period").asString());
            int takeUp = 0;
            int released = 0;
            for (Change c : changes) {
                if (YearMonth.from(c.day()).equals(month)) {
                    int delta = c.vacant() - vacant[c.unit()];
                    takeUp += Math.max(0, -delta);
                    released += Math.max(0, delta);
                    vacant[c.unit()] = c.vacant();
                }
            }
            assertPoint(
                    trendBefore.get(i),
                    trendAfter.get(i),
                    Map.of(
                            "takeUpM2",
                            takeUp,
                            "releasedM2",
                            released,
                            "floorAreaM2",
                            2000,
                            "newSupplyM2",
                            i == 0 ? 2000 : 0,
                            "vacantAreaM2",
                            vacant[0] + vacant[1] + vacant[2] + vacant[3],
                            "listings",
                            (int) java.util.Arrays.stream(vacant)
                                    .filter(v -> v > 0)
                                    .count(),
                            "netAbsorptionM2",
                            (i == 0 ? 2000 - 2000 : 0) + takeUp - released));
        }
    }

    private record Change(int unit, LocalDate day, int vacant) {}

    @Test
    void landByStatusEndsAtTheParcelsAsTheyAreAndASupplyTodayMovesOnlyTheCurrentPeriod() throws Exception {
        JsonNode before = api.get("/api/stats/land/trend").get("points");
        assertThat(before).hasSize(24);
        JsonNode last = before.get(23);
        for (Map<String, Object> row :
                jdbc.queryForList("SELECT status, m2_to_mu(sum(area_m2)) AS mu FROM parcel GROUP BY status")) {
            assertThat(last.get("areaMuByStatus")
                            .get((String) row.get("status"))
                            .decimalValue())
                    .as((String) row.get("status"))
                    .isEqualByComparingTo((BigDecimal) row.get("mu"));
        }
        assertThat(last.get("parcels").asLong()).isEqualTo(inventory.count("parcel"));

        long parcel = inventory.parcel("DG-P13", Inventory.unique("LT-"));
        BigDecimal mu =
                jdbc.queryForObject("SELECT m2_to_mu(area_m2) FROM parcel WHERE id = ?", BigDecimal.class, parcel);
        jdbc.update("UPDATE parcel SET status = 'SUPPLIED' WHERE id = ?", parcel);
        JsonNode after = api.get("/api/stats/land/trend").get("points");
        for (int i = 0; i < 23; i++) {
            assertThat(after.get(i)).isEqualTo(before.get(i));
        }
        JsonNode now = after.get(23);
        assertThat(now.get("parcels").asLong()).isEqualTo(last.get("parcels").asLong() + 1);
        assertThat(now.get("areaMuByStatus").get("AVAILABLE"))
                .isEqualTo(last.get("areaMuByStatus").get("AVAILABLE"));
        assertThat(now.get("suppliedMu")
                        .decimalValue()
                        .subtract(last.get("suppliedMu").decimalValue()))
                .isBetween(mu.subtract(new BigDecimal("0.01")), mu.add(new BigDecimal("0.01")));
        assertThat(now.get("areaMuByPlanningUse")
                        .get("M2")
                        .decimalValue()
                        .subtract(last.get("areaMuByPlanningUse").get("M2").decimalValue()))
                .isBetween(mu.subtract(new BigDecimal("0.01")), mu.add(new BigDecimal("0.01")));
    }

    @Test
    void theQuartersBulletinHoldsTheFiguresOfTheQuarterlyTrend() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/stats/bulletin?quarter=2025Q3"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode city = api.get("/api/stats/vacancy/trend?groupBy=city&interval=quarter&from=2025Q2&to=2025Q3")
                .get("series")
                .get(0)
                .get("points");
        JsonNode parks = api.get("/api/stats/vacancy/trend?groupBy=park&interval=quarter&from=2025Q3&to=2025Q3")
                .get("series");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var summary = workbook.getSheet("概要 Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2025-09-30");
            assertThat(summary.getRow(6).getCell(0).getStringCellValue()).startsWith("存量");
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue())
                    .isEqualTo(city.get(1).get("floorAreaM2").asDouble());
            assertThat(summary.getRow(6).getCell(2).getNumericCellValue())
                    .isEqualTo(city.get(0).get("floorAreaM2").asDouble());
            assertThat(summary.getRow(12).getCell(1).getNumericCellValue())
                    .isEqualTo(city.get(1).get("netAbsorptionM2").asDouble());
            var parkSheet = workbook.getSheet("园区 Parks");
            assertThat(parkSheet.getLastRowNum()).isEqualTo(35);
            assertThat(parkSheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(parks.get(0).get("code").asString());
            assertThat(parkSheet.getRow(1).getCell(4).getNumericCellValue())
                    .isEqualTo(parks.get(0)
                            .get("points")
                            .get(0)
                            .get("vacantAreaM2")
                            .asDouble());
            assertThat(workbook.getSheet("镇街 Towns").getLastRowNum()).isEqualTo(32);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/stats/vacancy?groupBy=planet | groupBy",
                "/api/stats/vacancy?asOf=2025-13-01 | asOf",
                "/api/stats/vacancy?asOf=2999-01-01 | asOf",
                "/api/stats/vacancy/trend?groupBy=street | groupBy",
                "/api/stats/vacancy/trend?interval=week | interval",
                "/api/stats/vacancy/trend?from=2025-1 | from",
                "/api/stats/vacancy/trend?from=2025-06&to=2025-01 | from",
                "/api/stats/vacancy/trend?to=2999-01 | to",
                "/api/stats/vacancy/trend?from=1990-01&to=2025-01 | from",
                "/api/stats/vacancy/trend?groupBy=park&codes=DG-P01,NOPE | codes",
                "/api/stats/land/trend?interval=year | interval",
                "/api/stats/land/trend?to=2026-99 | to",
                "/api/stats/bulletin?quarter=2025-07 | quarter",
                "/api/stats/bulletin?quarter=2999Q1 | quarter"
            })
    void badParametersAnswer400NamingTheParameter(String url, String field) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    private JsonNode parkAsOf(String park, String day) throws Exception {
        for (JsonNode item :
                api.get("/api/stats/vacancy?groupBy=park&asOf=" + day).get("items")) {
            if (item.get("code").asString().equals(park)) {
                return item;
            }
        }
        throw new AssertionError("no park " + park);
    }

    /** Runs the writes as changes of that day (the way back-dated history is written). */
    private void onDay(String day, Runnable writes) {
        tx.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT set_config('cfk.changed_on', ?, true)", String.class, day);
            writes.run();
        });
    }
}
