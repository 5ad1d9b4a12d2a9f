package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lettable units: each floor of a building split into 1–3 units whose areas add up to the footprint
 * (sometimes floors 1–2 of a two-storey 独立厂房 let as one). About a quarter vacant, a few reserved,
 * the rest let to enterprises of the building's park or town. Dates are relative to the loading day.
 */
final class UnitGenerator {

    private static final List<String> STATUSES = List.of("VACANT", "RESERVED", "OCCUPIED");
    private static final double[] TRANSFORMER_KVA = {
        100, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500
    };
    private static final int MAX_DAYS_SINCE_CONFIRMED = 200;

    private final Rng rng;
    private final double[] unitsPerFloorWeights;
    private final Map<String, List<SampleData.Enterprise>> tenantsByPlace = new HashMap<>();
    private final List<SampleData.Unit> units = new ArrayList<>();

    private UnitGenerator(Rng rng, double[] unitsPerFloorWeights, List<SampleData.Enterprise> enterprises) {
        this.rng = rng;
        this.unitsPerFloorWeights = unitsPerFloorWeights;
        for (SampleData.Enterprise e : enterprises) {
            String place = e.homeParkCode() != null ? e.homeParkCode() : e.homeTownCode();
            tenantsByPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(e);
        }
    }

    static List<SampleData.Unit> generate(
            List<SampleData.Building> buildings,
            List<SampleData.Enterprise> enterprises,
            double[] unitsPerFloorWeights,
            Rng rng) {
        UnitGenerator generator = new UnitGenerator(rng, unitsPerFloorWeights, enterprises);
        for (SampleData.Building b : buildings) {
            generator.split(b);
        }
        return generator.units;
    }

    /** What all units on one floor share. */
    private record Floor(int from, int to, double ceilingHeightM, double floorLoadKgM2) {}

    private void split(SampleData.Building b) {
        List<SampleData.Enterprise> tenants = tenantsByPlace.get(b.parkCode() != null ? b.parkCode() : b.townCode());
        SampleData.Enterprise mainTenant = tenants == null ? null : rng.pick(tenants);
        double footprint = Rounding.round(b.footprint().getArea(), 2);
        double baseRent = rng.between(12, 30);
        int floor = 1;
        if ("独立厂房".equals(b.type()) && b.floors() == 2 && rng.chance(0.3)) {
            add(b, floor(1, 2), Rounding.round(footprint * 2, 2), baseRent, tenants, mainTenant);
            floor = 3;
        }
        for (; floor <= b.floors(); floor++) {
            Floor f = floor(floor, floor);
            int parts = rng.weighted(List.of(1, 2, 3), unitsPerFloorWeights);
            double[] shares = new double[parts];
            double sum = 0;
            for (int i = 0; i < parts; i++) {
                shares[i] = rng.between(1, 2);
                sum += shares[i];
            }
            double left = footprint;
            for (int i = 0; i < parts; i++) {
                double area = i == parts - 1 ? Rounding.round(left, 2) : Rounding.round(footprint * shares[i] / sum, 2);
                left -= area;
                add(b, f, area, baseRent, tenants, mainTenant);
            }
        }
    }

    /** Ground floors are high and take heavy loads; upper floors less so. */
    private Floor floor(int from, int to) {
        boolean ground = from == 1;
        return new Floor(
                from,
                to,
                Rounding.round(ground ? rng.between(6.0, 9.0) : rng.between(4.0, 5.5), 1),
                Rounding.toStep(ground ? rng.between(2000, 3000) : rng.between(500, 1000), 50));
    }

    private void add(
            SampleData.Building b,
            Floor floor,
            double area,
            double baseRent,
            List<SampleData.Enterprise> tenants,
            SampleData.Enterprise mainTenant) {
        boolean ground = floor.from() == 1;
        Double load = rng.chance(0.02) ? null : floor.floorLoadKgM2();
        Double power = rng.chance(0.02) ? null : transformer(area * rng.between(0.06, 0.2));
        double rent = Rounding.round(Math.min(45, baseRent + (ground ? rng.between(4, 15) : rng.between(0, 2))), 1);

        String status =
                tenants == null ? rng.weighted(STATUSES, 0.8, 0.2, 0) : rng.weighted(STATUSES, 0.25, 0.04, 0.71);
        double vacant = 0;
        Integer availableInDays = null;
        Long occupant = null;
        switch (status) {
            case "VACANT" -> {
                vacant = rng.chance(0.7) ? area : Math.max(0.01, Rounding.round(area * rng.between(0.3, 1.0), 2));
                availableInDays = rng.chance(0.75) ? 0 : rng.between(30, 180);
            }
            case "RESERVED" -> availableInDays = rng.chance(0.8) ? rng.between(7, 120) : null;
            default -> occupant = (rng.chance(0.8) ? mainTenant : rng.pick(tenants)).id();
        }
        units.add(new SampleData.Unit(
                units.size() + 1,
                b.id(),
                floor.from(),
                floor.to(),
                area,
                vacant,
                floor.ceilingHeightM(),
                load,
                power,
                rent,
                status,
                availableInDays,
                occupant,
                rng.between(0, MAX_DAYS_SINCE_CONFIRMED)));
    }

    /** The standard transformer size nearest to {@code kva}, 100–2,500 kVA. */
    private static double transformer(double kva) {
        double best = TRANSFORMER_KVA[0];
        for (double size : TRANSFORMER_KVA) {
            if (Math.abs(size - kva) < Math.abs(best - kva)) {
                best = size;
            }
        }
        return best;
    }
}
