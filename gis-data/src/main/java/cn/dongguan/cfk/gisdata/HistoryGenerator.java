package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Twenty-four months of history that ends in the generated data set (issue 15): the day each building
 * entered the stock (a few recent ones completed within the window, vacant on completion and let
 * since), and for some units their earlier states (lettings, move-outs, asking-rent changes), for some
 * parcels their earlier statuses (储备 → 可供应 → 已出让 → 在建 → 已建成). A unit's or parcel's last
 * state is the one of the data set, so replaying the history arrives at it. Its own random stream, so
 * the rest of the data set is the same as without it.
 */
final class HistoryGenerator {

    /** Days of history the sample covers (24 months). */
    static final int WINDOW_DAYS = 730;

    /** Parcels' first recorded status, before the window. */
    static final int PARCELS_RECORDED_DAYS_AGO = WINDOW_DAYS + 30;

    private static final List<String> PIPELINE =
            List.of("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");

    private final Rng rng;
    private final List<SampleData.Enterprise> enterprises;

    private HistoryGenerator(Rng rng, List<SampleData.Enterprise> enterprises) {
        this.rng = rng;
        this.enterprises = enterprises;
    }

    static SampleData.History generate(
            List<SampleData.Building> buildings,
            List<SampleData.Unit> units,
            List<SampleData.Parcel> parcels,
            List<SampleData.Enterprise> enterprises,
            Rng rng) {
        HistoryGenerator g = new HistoryGenerator(rng, enterprises);
        Map<Long, Integer> started = new HashMap<>();
        List<SampleData.BuildingStart> starts = new ArrayList<>();
        for (SampleData.Building b : buildings) {
            boolean recent = b.yearBuilt() >= 2023 && rng.chance(0.5);
            int daysAgo = recent ? rng.between(20, WINDOW_DAYS - 10) : WINDOW_DAYS + 30 * rng.between(1, 120);
            started.put(b.id(), daysAgo);
            starts.add(new SampleData.BuildingStart(b.id(), daysAgo));
        }
        List<SampleData.UnitState> unitStates = new ArrayList<>();
        for (SampleData.Unit u : units) {
            unitStates.addAll(g.unit(u, started.get(u.buildingId())));
        }
        List<SampleData.ParcelState> parcelStates = new ArrayList<>();
        for (SampleData.Parcel p : parcels) {
            parcelStates.addAll(g.parcel(p));
        }
        return new SampleData.History(starts, unitStates, parcelStates);
    }

    /** The unit's states, first at its building's start, last its current state; none when it never changed. */
    private List<SampleData.UnitState> unit(SampleData.Unit u, int startedDaysAgo) {
        SampleData.UnitState now = new SampleData.UnitState(
                u.id(), 0, u.status(), u.vacantAreaM2(), u.rentYuanM2Month(), u.occupantEnterpriseId());
        List<SampleData.UnitState> states = new ArrayList<>();
        boolean vacantNow = "VACANT".equals(u.status());
        if (startedDaysAgo < WINDOW_DAYS) {
            // Completed within the window: on the market vacant, let (or re-priced) since.
            double firstRent =
                    vacantNow ? Rounding.round(u.rentYuanM2Month() * rng.between(1.0, 1.08), 1) : u.rentYuanM2Month();
            states.add(vacant(u, startedDaysAgo, firstRent));
            if (!vacantNow || u.vacantAreaM2() != u.areaM2() || firstRent != u.rentYuanM2Month()) {
                states.add(at(now, rng.between(1, Math.max(1, startedDaysAgo - 5))));
            }
            return states.size() > 1 ? states : List.of();
        }
        states.add(null); // the state at the start, filled below
        double roll = rng.between(0.0, 1.0);
        if (!vacantNow && roll < 0.3) {
            int let = rng.between(5, WINDOW_DAYS - 40);
            if (rng.chance(0.3)) {
                // An earlier tenant moved out, and the unit stood vacant until the letting.
                int movedOut = rng.between(let + 10, WINDOW_DAYS - 5);
                states.set(0, occupied(u, startedDaysAgo));
                states.add(vacant(u, movedOut, u.rentYuanM2Month()));
            } else {
                states.set(0, vacant(u, startedDaysAgo, u.rentYuanM2Month()));
            }
            states.add(at(now, let));
        } else if (vacantNow && roll < 0.3) {
            states.set(0, occupied(u, startedDaysAgo));
            states.add(at(now, rng.between(5, WINDOW_DAYS - 5)));
        } else if (vacantNow && roll < 0.5) {
            double earlierRent = Rounding.round(u.rentYuanM2Month() * rng.between(1.03, 1.12), 1);
            states.set(0, vacant(u, startedDaysAgo, earlierRent));
            states.add(at(now, rng.between(5, WINDOW_DAYS - 5)));
        } else {
            return List.of();
        }
        return states;
    }

    private SampleData.UnitState vacant(SampleData.Unit u, int daysAgo, double rent) {
        return new SampleData.UnitState(u.id(), daysAgo, "VACANT", u.areaM2(), rent, null);
    }

    private SampleData.UnitState occupied(SampleData.Unit u, int daysAgo) {
        return new SampleData.UnitState(
                u.id(),
                daysAgo,
                "OCCUPIED",
                0,
                u.rentYuanM2Month(),
                rng.pick(enterprises).id());
    }

    private static SampleData.UnitState at(SampleData.UnitState s, int daysAgo) {
        return new SampleData.UnitState(
                s.unitId(), daysAgo, s.status(), s.vacantAreaM2(), s.rentYuanM2Month(), s.occupantEnterpriseId());
    }

    /** The parcel's statuses along the pipeline that led to its current one; none when it did not move. */
    private List<SampleData.ParcelState> parcel(SampleData.Parcel p) {
        int stage = PIPELINE.indexOf(p.status());
        int steps = 0;
        while (steps < stage && steps < 2 && rng.chance(steps == 0 ? 0.5 : 0.4)) {
            steps++;
        }
        if (steps == 0) {
            return List.of();
        }
        List<SampleData.ParcelState> states = new ArrayList<>();
        states.add(new SampleData.ParcelState(p.id(), PARCELS_RECORDED_DAYS_AGO, PIPELINE.get(stage - steps)));
        int last = WINDOW_DAYS - 5;
        for (int s = steps - 1; s >= 0; s--) {
            int day = rng.between(5 + 60 * s, Math.max(5 + 60 * s, last - 30));
            states.add(new SampleData.ParcelState(p.id(), day, PIPELINE.get(stage - s)));
            last = day;
        }
        return states;
    }
}
