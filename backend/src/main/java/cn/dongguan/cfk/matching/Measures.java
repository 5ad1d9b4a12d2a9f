package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the criteria and the answer read from one candidate, computed once: its area and layout, rent or
 * price, readiness (for future supply, {@code expectedCompletion}: the building is under construction),
 * and the data's age. Null means unknown.
 */
record Measures(
        Candidate candidate,
        BigDecimal totalAreaM2,
        List<int[]> floorSpans,
        boolean adjacentFloors,
        double wholeFloorShare,
        Double averageRent,
        Double minCeilingHeightM,
        Double minFloorLoadKgM2,
        double knownPowerKva,
        int unknownPowerUnits,
        LocalDate readyFrom,
        boolean readyUnknown,
        boolean rawLand,
        boolean reserveLand,
        Double priceWanYuan,
        Instant oldestConfirmedAt,
        LocalDate expectedCompletion) {

    static Measures of(Candidate c) {
        return c.kind() == Candidate.Kind.UNITS ? ofUnits(c) : ofParcels(c);
    }

    private static Measures ofUnits(Candidate c) {
        List<UnitFact> units = c.units();
        List<int[]> spans = new ArrayList<>();
        for (UnitFact u : units) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last == null || last[0] != u.floorFrom() || last[1] != u.floorTo()) {
                spans.add(new int[] {u.floorFrom(), u.floorTo()});
            }
        }
        boolean adjacent = true;
        for (int i = 1; i < spans.size(); i++) {
            adjacent &= spans.get(i)[0] <= spans.get(i - 1)[1] + 1;
        }
        double whole = 0;
        for (int[] span : spans) {
            List<UnitFact> onFloor = c.building().units().stream()
                    .filter(u -> u.floorFrom() == span[0] && u.floorTo() == span[1])
                    .toList();
            List<UnitFact> taken = units.stream()
                    .filter(u -> u.floorFrom() == span[0] && u.floorTo() == span[1])
                    .toList();
            if (taken.size() == onFloor.size() && taken.stream().allMatch(UnitFact::fullyVacant)) {
                whole += taken.stream()
                        .mapToDouble(u -> u.vacantAreaM2().doubleValue())
                        .sum();
            }
        }
        double total = c.totalAreaM2().doubleValue();
        double rentArea = 0;
        double rentSum = 0;
        Double minCeiling = null;
        Double minLoad = null;
        double power = 0;
        int unknownPower = 0;
        LocalDate ready = null;
        LocalDate expected = null;
        Instant oldest = null;
        for (UnitFact u : units) {
            if (u.expectedCompletion() != null
                    && (expected == null || u.expectedCompletion().isAfter(expected))) {
                expected = u.expectedCompletion();
            }
            double area = u.vacantAreaM2().doubleValue();
            if (u.rentYuanM2Month() != null) {
                rentArea += area;
                rentSum += area * u.rentYuanM2Month();
            }
            minCeiling = lower(minCeiling, u.ceilingHeightM());
            minLoad = lower(minLoad, u.floorLoadKgM2());
            if (u.powerKva() == null) {
                unknownPower++;
            } else {
                power += u.powerKva();
            }
            if (u.availableFrom() != null && (ready == null || u.availableFrom().isAfter(ready))) {
                ready = u.availableFrom();
            }
            if (oldest == null || u.lastConfirmedAt().isBefore(oldest)) {
                oldest = u.lastConfirmedAt();
            }
        }
        Double averageRent = rentArea > 0 ? Math.round(rentSum / rentArea * 100) / 100.0 : null;
        return new Measures(
                c,
                c.totalAreaM2(),
                List.copyOf(spans),
                adjacent,
                total > 0 ? whole / total : 0,
                averageRent,
                minCeiling,
                minLoad,
                power,
                unknownPower,
                ready,
                false,
                false,
                false,
                null,
                oldest,
                expected);
    }

    private static Measures ofParcels(Candidate c) {
        LocalDate ready = null;
        boolean unknown = false;
        boolean raw = false;
        boolean reserve = false;
        double price = 0;
        boolean priceUnknown = false;
        for (ParcelFact p : c.parcels()) {
            if ("RESERVE".equals(p.status())) {
                reserve = true;
                unknown |= p.earliestSupplyDate() == null;
            }
            if (p.earliestSupplyDate() != null
                    && (ready == null || p.earliestSupplyDate().isAfter(ready))) {
                ready = p.earliestSupplyDate();
            }
            raw |= !"READY".equals(p.developmentState());
            if (p.referencePriceWanYuan() == null) {
                priceUnknown = true;
            } else {
                price += p.referencePriceWanYuan();
            }
        }
        return new Measures(
                c,
                c.totalAreaM2(),
                List.of(),
                true,
                0,
                null,
                null,
                null,
                0,
                0,
                ready,
                unknown,
                raw,
                reserve,
                priceUnknown ? null : Math.round(price * 100) / 100.0,
                null,
                null);
    }

    private static Double lower(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.min(a, b));
    }

    /** "3–4" or "1、3" for the floors used. */
    String floorsText() {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < floorSpans.size()) {
            int j = i;
            while (j + 1 < floorSpans.size()
                    && floorSpans.get(j + 1)[0] == floorSpans.get(j)[1] + 1) {
                j++;
            }
            int from = floorSpans.get(i)[0];
            int to = floorSpans.get(j)[1];
            parts.add(from == to ? Integer.toString(from) : from + "–" + to);
            i = j + 1;
        }
        return String.join("、", parts);
    }

    int floorsUsed() {
        return floorSpans.size();
    }

    Double totalPowerKva() {
        return unknownPowerUnits > 0 ? null : knownPowerKva;
    }
}
