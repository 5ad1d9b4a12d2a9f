package cn.dongguan.cfk.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves the sample's units and parcels through their history, oldest day first, each day's changes
 * dated that day ({@code cfk.changed_on}, V160) and each unit change recorded as an occupancy event
 * of source SEED, as the API records one.
 */
final class SampleHistoryReplay {

    private static final String ACTOR = "sample-data";
    private static final LocalTime EVENT_TIME = LocalTime.of(10, 0);
    private static final String STATE = """
            jsonb_build_object('status', CAST(? AS text), 'vacantAreaM2', CAST(? AS numeric),
                               'rentYuanM2Month', CAST(? AS numeric), 'availableFrom', CAST(? AS text),
                               'occupantEnterpriseId', CAST(? AS bigint))""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SampleHistoryReplay(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Dates the transaction's following changes of the stock (null: today again). */
    void changedOn(LocalDate day) {
        jdbc.queryForObject(
                "SELECT set_config('cfk.changed_on', ?, true)", String.class, day == null ? "" : day.toString());
    }

    /**
     * Units with a history were inserted in their first state; {@code availableFrom} is the date of
     * their last state (the data set's).
     */
    void replay(SampleHistory history, LocalDate today, Map<Long, LocalDate> availableFrom) {
        var units = history.unitChanges();
        var parcels = history.parcelChanges();
        List<Object[]> created = new ArrayList<>();
        units.values().stream()
                .flatMap(List::stream)
                .map(SampleHistory.UnitChange::unit)
                .distinct()
                .forEach(unit -> {
                    SampleHistory.UnitState first = history.firstState(unit);
                    created.add(event(unit, today.minusDays(first.daysAgo()), null, null, first, null));
                });
        jdbc.batchUpdate(
                "INSERT INTO occupancy_event (unit_id, occurred_at, actor, source, before, after) VALUES (?, ?, '"
                        + ACTOR + "', 'SEED', NULL, " + STATE + ")",
                created.stream()
                        .map(e -> new Object[] {e[0], e[1], e[7], e[8], e[9], e[10], e[11]})
                        .toList());
        TreeSet<Integer> days = new TreeSet<>((a, b) -> Integer.compare(b, a));
        days.addAll(units.keySet());
        days.addAll(parcels.keySet());
        for (int daysAgo : days) {
            LocalDate day = today.minusDays(daysAgo);
            changedOn(day);
            List<Object[]> events = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (SampleHistory.UnitChange c : units.getOrDefault(daysAgo, List.of())) {
                boolean last = history.isLast(c.unit(), c.after());
                LocalDate from = last ? availableFrom.get(c.unit()) : null;
                events.add(event(c.unit(), day, c.before(), null, c.after(), from));
                updates.add(new Object[] {
                    c.after().status(),
                    c.after().vacantAreaM2(),
                    c.after().rentYuanM2Month(),
                    c.after().occupant(),
                    from,
                    c.unit()
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO occupancy_event (unit_id, occurred_at, actor, source, before, after) VALUES (?, ?, '"
                            + ACTOR + "', 'SEED', " + STATE + ", " + STATE + ")",
                    events);
            jdbc.batchUpdate("""
                    UPDATE space_unit SET status = ?, vacant_area_m2 = ?, rent_yuan_m2_month = ?, occupant_enterprise_id = ?,
                                          available_from = ?
                    WHERE id = ?""", updates);
            jdbc.batchUpdate(
                    "UPDATE parcel SET status = ? WHERE id = ?",
                    parcels.getOrDefault(daysAgo, List.of()).stream()
                            .map(c -> new Object[] {c.status(), c.parcel()})
                            .toList());
        }
        changedOn(null);
    }

    private Object[] event(
            long unit,
            LocalDate day,
            SampleHistory.UnitState before,
            LocalDate beforeFrom,
            SampleHistory.UnitState after,
            LocalDate afterFrom) {
        Timestamp at =
                Timestamp.from(day.atTime(EVENT_TIME).atZone(clock.getZone()).toInstant());
        List<Object> row = new ArrayList<>(List.of(unit, at));
        row.addAll(state(before, beforeFrom));
        row.addAll(state(after, afterFrom));
        return row.toArray();
    }

    private static List<Object> state(SampleHistory.UnitState s, LocalDate availableFrom) {
        List<Object> values = new ArrayList<>();
        values.add(s == null ? null : s.status());
        values.add(s == null ? null : s.vacantAreaM2());
        values.add(s == null ? null : s.rentYuanM2Month());
        values.add(availableFrom == null ? null : availableFrom.toString());
        values.add(s == null ? null : s.occupant());
        return values;
    }
}
