package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sets of units of one building worth scoring: runs of consecutive usable floors (adjacent ones
 * when the building has them), each run just long enough to reach the minimum area, with its last
 * floor taken whole or in part so the total stays within the range. Runs taking whole floors and
 * adjacent floors score better on area fit, so the chooser prefers them.
 */
final class UnitSetAssembler {

    /** More units than this on one floor are trimmed greedily rather than by trying every subset. */
    private static final int MAX_SUBSET_UNITS = 12;

    private UnitSetAssembler() {}

    /**
     * Sets of {@code usable} units (vacant units of one building that pass, or nearly pass, the unit
     * filters). Sets outside the range are included when nothing fits, as near misses.
     */
    static List<Candidate> sets(BuildingFact building, List<UnitFact> usable, BigDecimal min, BigDecimal max) {
        List<List<UnitFact>> floors = floors(usable);
        List<Candidate> sets = new ArrayList<>();
        boolean anyInRange = false;
        for (int i = 0; i < floors.size(); i++) {
            List<UnitFact> run = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            boolean reached = false;
            for (int j = i; j < floors.size() && !reached; j++) {
                BigDecimal before = total;
                List<UnitFact> floor = floors.get(j);
                total = total.add(area(floor));
                if (total.compareTo(min) < 0) {
                    run.addAll(floor);
                    continue;
                }
                reached = true;
                if (total.compareTo(max) <= 0) {
                    List<UnitFact> set = new ArrayList<>(run);
                    set.addAll(floor);
                    sets.add(Candidate.units(building, set));
                    anyInRange = true;
                    continue;
                }
                boolean trimmed = false;
                for (List<UnitFact> part : parts(floor, min.subtract(before), max.subtract(before))) {
                    List<UnitFact> set = new ArrayList<>(run);
                    set.addAll(part);
                    sets.add(Candidate.units(building, set));
                    trimmed = true;
                }
                anyInRange |= trimmed;
                if (!trimmed) {
                    List<UnitFact> set = new ArrayList<>(run);
                    set.addAll(floor);
                    sets.add(Candidate.units(building, set));
                }
            }
            if (!reached && i == 0 && !run.isEmpty()) {
                sets.add(Candidate.units(building, run));
            }
        }
        if (anyInRange) {
            sets.removeIf(
                    c -> c.totalAreaM2().compareTo(min) < 0 || c.totalAreaM2().compareTo(max) > 0);
        }
        return sets;
    }

    /** Usable units grouped by their floor span, lowest floor first; units by id within a floor. */
    private static List<List<UnitFact>> floors(List<UnitFact> usable) {
        Map<Long, List<UnitFact>> bySpan = new TreeMap<>();
        for (UnitFact u : usable) {
            bySpan.computeIfAbsent(((long) u.floorFrom() << 32) | (u.floorTo() & 0xffffffffL), k -> new ArrayList<>())
                    .add(u);
        }
        List<List<UnitFact>> floors = new ArrayList<>();
        for (List<UnitFact> units : bySpan.values()) {
            units.sort(Comparator.comparingLong(UnitFact::id));
            floors.add(units);
        }
        return floors;
    }

    /** The proper, non-empty subsets of one floor's units whose area lies in [{@code low}, {@code high}]. */
    private static List<List<UnitFact>> parts(List<UnitFact> floor, BigDecimal low, BigDecimal high) {
        List<List<UnitFact>> parts = new ArrayList<>();
        int n = floor.size();
        if (n > MAX_SUBSET_UNITS) {
            List<UnitFact> bySize = new ArrayList<>(floor);
            bySize.sort(Comparator.comparing(UnitFact::vacantAreaM2).reversed().thenComparingLong(UnitFact::id));
            List<UnitFact> part = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (UnitFact u : bySize) {
                if (total.add(u.vacantAreaM2()).compareTo(high) <= 0) {
                    part.add(u);
                    total = total.add(u.vacantAreaM2());
                }
            }
            if (!part.isEmpty() && total.compareTo(low) >= 0) {
                parts.add(part);
            }
            return parts;
        }
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            BigDecimal total = BigDecimal.ZERO;
            List<UnitFact> part = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if ((mask & (1 << k)) != 0) {
                    part.add(floor.get(k));
                    total = total.add(floor.get(k).vacantAreaM2());
                }
            }
            if (total.compareTo(low) >= 0 && total.compareTo(high) <= 0) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static BigDecimal area(List<UnitFact> units) {
        BigDecimal total = BigDecimal.ZERO;
        for (UnitFact u : units) {
            total = total.add(u.vacantAreaM2());
        }
        return total;
    }
}
