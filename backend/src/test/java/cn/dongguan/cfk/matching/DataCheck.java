package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.space.Freshness;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The hard filters of SPEC §6 checked against the stored data with the test's own SQL, not with the
 * matcher's notes: which filters a candidate of an answer fails (a filter whose data is missing fails).
 */
record DataCheck(JdbcClient jdbc) {

    /** A requirement as the tests send it. */
    record Need(
            String siteKind,
            BigDecimal minAreaM2,
            BigDecimal maxAreaM2,
            BigDecimal minAreaMu,
            BigDecimal maxAreaMu,
            Double minCeilingHeightM,
            Double minFloorLoadKgM2,
            Double minPowerKva,
            String fireClass,
            Integer pollutionClass,
            List<String> preferredTowns,
            List<String> preferredParks,
            boolean locationHard,
            Double maxRentYuanM2Month,
            LocalDate neededBy) {}

    /** The names of the filters the candidate fails, as the answer names them. */
    Set<String> failedFilters(JsonNode item, Need need, Instant now) {
        return "UNITS".equals(item.get("kind").asString()) ? units(item, need, now) : parcels(item, need);
    }

    private Set<String> units(JsonNode item, Need need, Instant now) {
        List<Long> ids = ids(item.get("unitIds"));
        Map<String, Object> p = new HashMap<>();
        p.put("ids", ids);
        p.put("listedSince", Timestamp.from(Freshness.hiddenBefore(Clock.fixed(now, ZoneOffset.UTC))));
        p.put("neededBy", need.neededBy() == null ? LocalDate.of(9999, 1, 1) : need.neededBy());
        p.put("minCeiling", need.minCeilingHeightM() == null ? 0.0 : need.minCeilingHeightM());
        p.put("minLoad", need.minFloorLoadKgM2() == null ? 0.0 : need.minFloorLoadKgM2());
        p.put("maxRent", need.maxRentYuanM2Month() == null ? Double.MAX_VALUE : need.maxRentYuanM2Month());
        Map<String, Object> row = jdbc.sql("""
                SELECT count(*) AS n, count(DISTINCT u.building_id) AS buildings, sum(u.vacant_area_m2) AS area,
                       coalesce(sum(u.power_kva), 0) AS power,
                       bool_and(u.status = 'VACANT' AND u.vacant_area_m2 > 0 AND u.last_confirmed_at >= :listedSince
                                AND coalesce(u.available_from <= :neededBy, true)) AS available,
                       bool_and(coalesce(u.ceiling_height_m >= :minCeiling, false)) AS ceiling,
                       bool_and(coalesce(u.floor_load_kg_m2 >= :minLoad, false)) AS load,
                       bool_and(coalesce(u.rent_yuan_m2_month <= :maxRent, false)) AS rent,
                       min(b.fire_hazard_class) AS fire, min(b.town_code) AS town, min(b.park_code) AS park,
                       min(b.id) AS building
                FROM space_unit_supply u JOIN building b ON b.id = u.building_id
                WHERE u.id IN (:ids)""").params(p).query().singleRow();
        Set<String> failed = new TreeSet<>();
        if (((Number) row.get("n")).intValue() != ids.size() || ((Number) row.get("buildings")).intValue() != 1) {
            failed.add("units in one building");
        }
        BigDecimal area = (BigDecimal) row.get("area");
        if (area.compareTo(need.minAreaM2()) < 0 || area.compareTo(need.maxAreaM2()) > 0) {
            failed.add("area");
        }
        if (!(Boolean) row.get("available")) {
            failed.add("availability");
        }
        if (need.minCeilingHeightM() != null && !(Boolean) row.get("ceiling")) {
            failed.add("ceilingHeight");
        }
        if (need.minFloorLoadKgM2() != null && !(Boolean) row.get("load")) {
            failed.add("floorLoad");
        }
        if (need.maxRentYuanM2Month() != null && !(Boolean) row.get("rent")) {
            failed.add("rent");
        }
        if (need.minPowerKva() != null && ((BigDecimal) row.get("power")).doubleValue() < need.minPowerKva()) {
            failed.add("power");
        }
        String fire = (String) row.get("fire");
        if (need.fireClass() != null && (fire == null || "甲乙丙丁戊".indexOf(fire) > "甲乙丙丁戊".indexOf(need.fireClass()))) {
            failed.add("fireClass");
        }
        if (outside(need, (String) row.get("town"), (String) row.get("park"))) {
            failed.add("location");
        }
        if (item.get("buildingId").asLong() != ((Number) row.get("building")).longValue()) {
            failed.add("building named");
        }
        return failed;
    }

    private Set<String> parcels(JsonNode item, Need need) {
        List<Long> ids = ids(item.get("parcelIds"));
        List<String> uses = need.pollutionClass() == null || need.pollutionClass() == 1
                ? List.of("M0", "M1", "M2", "M3")
                : need.pollutionClass() == 2 ? List.of("M2", "M3") : List.of("M3");
        Map<String, Object> p = new HashMap<>();
        p.put("ids", ids);
        p.put("uses", uses);
        p.put("neededBy", need.neededBy() == null ? LocalDate.of(9999, 1, 1) : need.neededBy());
        p.put("noDate", need.neededBy() == null);
        Map<String, Object> row = jdbc.sql("""
                SELECT count(*) AS n, sum(area_m2) AS area,
                       bool_and((status = 'AVAILABLE' AND coalesce(earliest_supply_date <= :neededBy, true))
                                OR (status = 'RESERVE' AND (:noDate OR coalesce(earliest_supply_date <= :neededBy, false)))) AS available,
                       bool_and(planning_use IN (:uses)) AS use
                FROM parcel WHERE id IN (:ids)""").params(p).query().singleRow();
        Set<String> failed = new TreeSet<>();
        if (((Number) row.get("n")).intValue() != ids.size()) {
            failed.add("parcels exist");
        }
        BigDecimal m2x15 = ((BigDecimal) row.get("area")).multiply(BigDecimal.valueOf(15));
        if (m2x15.compareTo(need.minAreaMu().multiply(BigDecimal.valueOf(10000))) < 0
                || m2x15.compareTo(need.maxAreaMu().multiply(BigDecimal.valueOf(10000))) > 0) {
            failed.add("area");
        }
        if (!(Boolean) row.get("available")) {
            failed.add("availability");
        }
        if (!(Boolean) row.get("use")) {
            failed.add("planningUse");
        }
        for (Map<String, Object> parcel : jdbc.sql("SELECT town_code, park_code FROM parcel WHERE id IN (:ids)")
                .param("ids", ids)
                .query()
                .listOfRows()) {
            if (outside(need, (String) parcel.get("town_code"), (String) parcel.get("park_code"))) {
                failed.add("location");
            }
        }
        if (ids.size() > 1 && !connected(ids)) {
            failed.add("adjacent");
        }
        return failed;
    }

    /** Every parcel reaches every other through parcels that touch or lie within 10 m (geography). */
    boolean connected(List<Long> ids) {
        Map<Long, List<Long>> edges = new HashMap<>();
        jdbc.sql("""
                SELECT a.id AS a, b.id AS b FROM parcel a JOIN parcel b ON a.id < b.id
                WHERE a.id IN (:ids) AND b.id IN (:ids) AND ST_DWithin(a.geom::geography, b.geom::geography, 10)""").param("ids", ids).query().listOfRows().forEach(r -> {
            long a = ((Number) r.get("a")).longValue();
            long b = ((Number) r.get("b")).longValue();
            edges.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            edges.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        });
        Set<Long> reached = new TreeSet<>(List.of(ids.get(0)));
        List<Long> queue = new ArrayList<>(reached);
        while (!queue.isEmpty()) {
            for (Long n : edges.getOrDefault(queue.remove(0), List.of())) {
                if (reached.add(n)) {
                    queue.add(n);
                }
            }
        }
        return reached.size() == ids.size();
    }

    private static boolean outside(Need need, String town, String park) {
        if (!need.locationHard()
                || (need.preferredTowns().isEmpty() && need.preferredParks().isEmpty())) {
            return false;
        }
        return !need.preferredTowns().contains(town)
                && (park == null || !need.preferredParks().contains(park));
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }
}
