package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UnitsTest {

    private final List<JsonNode> units = SampleFiles.records("units.json");
    private final List<SampleFiles.Feature> buildings = SampleFiles.features("buildings.geojson");

    @Test
    void aboutTwelveThousandUnitsOnExistingBuildingsAndFloors() {
        assertThat(units).hasSizeBetween(11_000, 13_500);
        for (int i = 0; i < units.size(); i++) {
            JsonNode u = units.get(i);
            assertThat(u.get("id").asLong()).isEqualTo(i + 1);
            long buildingId = u.get("buildingId").asLong();
            assertThat(buildingId).isBetween(1L, (long) buildings.size());
            int floors = (int) buildings.get((int) buildingId - 1).number("floors");
            assertThat(u.get("floorFrom").asInt()).isBetween(1, floors);
            assertThat(u.get("floorTo").asInt()).isBetween(u.get("floorFrom").asInt(), floors);
        }
    }

    @Test
    void vacancyFollowsTheDatabaseRules() {
        Set<Long> enterprises = new HashSet<>();
        SampleFiles.records("enterprises.json")
                .forEach(e -> enterprises.add(e.get("id").asLong()));
        for (JsonNode u : units) {
            double area = u.get("areaM2").asDouble();
            double vacant = u.get("vacantAreaM2").asDouble();
            assertThat(area).isPositive();
            assertThat(vacant).isBetween(0.0, area);
            switch (u.get("status").asString()) {
                case "VACANT" -> {
                    assertThat(vacant).isPositive();
                    assertThat(u.get("availableInDays").asInt()).isBetween(0, 180);
                    assertThat(u.get("occupantEnterpriseId").isNull()).isTrue();
                }
                case "RESERVED" -> {
                    assertThat(vacant).isZero();
                    assertThat(u.get("occupantEnterpriseId").isNull()).isTrue();
                }
                case "OCCUPIED" -> {
                    assertThat(vacant).isZero();
                    assertThat(u.get("availableInDays").isNull()).isTrue();
                    assertThat(enterprises)
                            .contains(u.get("occupantEnterpriseId").asLong());
                }
                default -> throw new AssertionError("bad status in " + u);
            }
        }
        double vacantShare = units.stream()
                        .filter(u -> u.get("status").asString().equals("VACANT"))
                        .count()
                / (double) units.size();
        assertThat(vacantShare).isBetween(0.2, 0.3);
        assertThat(units).anyMatch(u -> u.get("status").asString().equals("RESERVED"));
        assertThat(units)
                .anyMatch(u -> u.get("status").asString().equals("VACANT")
                        && u.get("availableInDays").asInt() > 0);
        assertThat(units)
                .anyMatch(u -> u.get("vacantAreaM2").asDouble() > 0
                        && u.get("vacantAreaM2").asDouble() < u.get("areaM2").asDouble());
    }

    @Test
    void groundFloorsAreHigherAndStrongerThanUpperFloors() {
        for (JsonNode u : units) {
            boolean ground = u.get("floorFrom").asInt() == 1;
            assertThat(u.get("ceilingHeightM").asDouble()).isBetween(ground ? 6.0 : 4.0, ground ? 9.0 : 5.5);
            JsonNode load = u.get("floorLoadKgM2");
            if (!load.isNull()) {
                assertThat(load.asDouble()).isBetween(ground ? 2000.0 : 500.0, ground ? 3000.0 : 1000.0);
            }
            JsonNode power = u.get("powerKva");
            if (!power.isNull()) {
                assertThat(power.asDouble()).isBetween(100.0, 2500.0);
            }
            assertThat(u.get("rentYuanM2Month").asDouble()).isBetween(12.0, 45.0);
            assertThat(u.get("lastConfirmedDaysAgo").asInt()).isBetween(0, 200);
        }
        long unknownPower =
                units.stream().filter(u -> u.get("powerKva").isNull()).count();
        long unknownLoad =
                units.stream().filter(u -> u.get("floorLoadKgM2").isNull()).count();
        assertThat(unknownPower).isPositive().isLessThan(units.size() / 20);
        assertThat(unknownLoad).isPositive().isLessThan(units.size() / 20);
        assertThat(units).anyMatch(u -> u.get("lastConfirmedDaysAgo").asInt() > 120);
        assertThat(units).anyMatch(u -> u.get("lastConfirmedDaysAgo").asInt() < 30);
    }

    @Test
    void eachFloorsUnitsAddUpToTheFootprint() {
        Map<String, Double> perFloor = new HashMap<>();
        for (JsonNode u : units) {
            int from = u.get("floorFrom").asInt();
            int to = u.get("floorTo").asInt();
            for (int f = from; f <= to; f++) {
                perFloor.merge(
                        u.get("buildingId").asLong() + "/" + f,
                        u.get("areaM2").asDouble() / (to - from + 1),
                        Double::sum);
            }
        }
        for (SampleFiles.Feature b : buildings) {
            double footprint = SampleFiles.areaM2(b.geometry());
            for (int f = 1; f <= b.number("floors"); f++) {
                assertThat(perFloor.get(b.number("id") + "/" + f))
                        .as("building %s floor %s", b.number("id"), f)
                        .isCloseTo(footprint, withPercentage(1));
            }
        }
    }
}
