package cn.dongguan.cfk.ingest;

import static cn.dongguan.cfk.ingest.Json.decimal;
import static cn.dongguan.cfk.ingest.Json.intValue;
import static cn.dongguan.cfk.ingest.Json.longValue;
import static cn.dongguan.cfk.ingest.Json.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The sample's history ({@code history.json}, gis-data's HistoryGenerator): the day each building
 * entered the stock, and the earlier states of some units and parcels. A unit or parcel is inserted in
 * its first state and then moves, day by day, through the others to the state of the data set, so the
 * stock ledger (V160) and the occupancy events (source SEED) hold the history as if it had happened.
 */
final class SampleHistory {

    /** Buildings without a start day in the file (an older data set) are in the stock since before the window. */
    static final int DEFAULT_STARTED_DAYS_AGO = 760;

    /** Parcels' first statuses are recorded this many days before loading. */
    static final int PARCELS_RECORDED_DAYS_AGO = 760;

    record UnitState(int daysAgo, String status, BigDecimal vacantAreaM2, BigDecimal rentYuanM2Month, Long occupant) {}

    record ParcelState(int daysAgo, String status) {}

    private final Map<Long, Integer> buildingStarted = new HashMap<>();
    private final Map<Long, List<UnitState>> units = new HashMap<>();
    private final Map<Long, List<ParcelState>> parcels = new HashMap<>();

    SampleHistory(JsonNode history) {
        if (history == null) {
            return;
        }
        for (JsonNode b : history.get("buildings")) {
            buildingStarted.put(longValue(b, "buildingId"), intValue(b, "startedDaysAgo"));
        }
        for (JsonNode u : history.get("units")) {
            units.computeIfAbsent(longValue(u, "unitId"), k -> new ArrayList<>())
                    .add(new UnitState(
                            intValue(u, "daysAgo"),
                            text(u, "status"),
                            decimal(u, "vacantAreaM2"),
                            decimal(u, "rentYuanM2Month"),
                            longValue(u, "occupantEnterpriseId")));
        }
        for (JsonNode p : history.get("parcels")) {
            parcels.computeIfAbsent(longValue(p, "parcelId"), k -> new ArrayList<>())
                    .add(new ParcelState(intValue(p, "daysAgo"), text(p, "status")));
        }
    }

    LocalDate buildingStarted(long building, LocalDate today) {
        return today.minusDays(buildingStarted.getOrDefault(building, DEFAULT_STARTED_DAYS_AGO));
    }

    /** The unit's first state, or null when it never changed. */
    UnitState firstState(long unit) {
        List<UnitState> states = units.get(unit);
        return states == null ? null : states.get(0);
    }

    /** Whether {@code state} is the unit's last (the data set's) state. */
    boolean isLast(long unit, UnitState state) {
        List<UnitState> states = units.get(unit);
        return states != null && states.get(states.size() - 1) == state;
    }

    String firstStatus(long parcel, String current) {
        List<ParcelState> states = parcels.get(parcel);
        return states == null ? current : states.get(0).status();
    }

    /** A change of a unit: from {@code before} to {@code after} on the day. */
    record UnitChange(long unit, UnitState before, UnitState after) {}

    record ParcelChange(long parcel, String status) {}

    /** The changes after the first states, by day (oldest first). */
    TreeMap<Integer, List<UnitChange>> unitChanges() {
        TreeMap<Integer, List<UnitChange>> byDay = new TreeMap<>((a, b) -> Integer.compare(b, a));
        units.forEach((unit, states) -> {
            for (int i = 1; i < states.size(); i++) {
                byDay.computeIfAbsent(states.get(i).daysAgo(), k -> new ArrayList<>())
                        .add(new UnitChange(unit, states.get(i - 1), states.get(i)));
            }
        });
        return byDay;
    }

    TreeMap<Integer, List<ParcelChange>> parcelChanges() {
        TreeMap<Integer, List<ParcelChange>> byDay = new TreeMap<>((a, b) -> Integer.compare(b, a));
        parcels.forEach((parcel, states) -> {
            for (int i = 1; i < states.size(); i++) {
                byDay.computeIfAbsent(states.get(i).daysAgo(), k -> new ArrayList<>())
                        .add(new ParcelChange(parcel, states.get(i).status()));
            }
        });
        return byDay;
    }
}
