package cn.dongguan.cfk.support;

import cn.dongguan.cfk.support.FreeLand.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inventory that a write test owns: buildings, units and parcels made for it in SQL, on free land of
 * its park, with unique names. A test that changes only what it made here meets no other test's
 * changes and passes whichever ran first. Units made here have no occupancy events yet, as the
 * sample data's.
 */
public class Inventory {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final JdbcTemplate jdbc;
    private final FreeLand land;

    public Inventory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.land = new FreeLand(jdbc);
    }

    /** A text no other test run uses: the prefix, a number, the time. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.currentTimeMillis();
    }

    /** A new enterprise, named with the prefix, with a credit code of its own (no grade, no contact). */
    public long enterprise(String prefix) {
        return jdbc.queryForObject(
                "INSERT INTO enterprise (name, credit_code) VALUES (?, ?) RETURNING id",
                Long.class,
                unique(prefix),
                TestRequests.newCreditCode());
    }

    /** A 标准厂房 with {@code floors} floors and that floor area, on a free 20 m square of the park. */
    public long building(String park, int floors, int floorAreaM2) {
        return building(park, land.inPark(park, 20), floors, floorAreaM2);
    }

    /** A 标准厂房 of three floors and 2400 m² in no park (镇村工业园), on a free 20 m square of the town. */
    public long buildingOutsideParks(String town) {
        return building(null, land.inTownOutsideParks(town, 20), 3, 2400);
    }

    private long building(String park, Box box, int floors, int floorAreaM2) {
        return jdbc.queryForObject(
                """
                INSERT INTO building (park_code, town_code, name, type, floors, floor_area_m2, geom)
                SELECT ?, t.code, ?, '标准厂房', ?, ?, f.g
                FROM (SELECT ST_MakeEnvelope(?, ?, ?, ?, 4326) AS g) f
                JOIN town t ON ST_Intersects(t.geom, ST_PointOnSurface(f.g))
                ORDER BY t.code LIMIT 1
                RETURNING id""",
                Long.class,
                park,
                unique("测试楼栋 "),
                floors,
                floorAreaM2,
                box.west(),
                box.south(),
                box.east(),
                box.north());
    }

    /** A building of three floors and 2400 m². */
    public long building(String park) {
        return building(park, 3, 2400);
    }

    /**
     * A 500 m² unit on the building's first floor, confirmed now: wholly vacant when VACANT, else let
     * (an occupant when OCCUPIED), at 20 yuan/m² a month.
     */
    public long unit(long building, String status) {
        boolean vacant = status.equals("VACANT");
        return jdbc.queryForObject("""
                INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, vacant_area_m2, status,
                                        rent_yuan_m2_month, occupant_enterprise_id, last_confirmed_at)
                VALUES (?, 1, 1, 500, ?, ?, 20,
                        CASE WHEN ? = 'OCCUPIED' THEN (SELECT min(id) FROM enterprise) END, now())
                RETURNING id""", Long.class, building, vacant ? 500 : 0, status, status);
    }

    /**
     * A vacant unit of a new building outside the parks (镇村工业园), in the first town, last confirmed a day
     * before the city's oldest listing: the first of any whole-city to-confirm queue.
     */
    public long oldestUnitOutsideParks() {
        String town = jdbc.queryForObject("SELECT min(code) FROM town", String.class);
        long unit = unit(buildingOutsideParks(town), "VACANT");
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = (SELECT min(last_confirmed_at) FROM space_unit)"
                        + " - interval '1 day' WHERE id = ?",
                unit);
        return unit;
    }

    /**
     * Makes the park's to-confirm queue exactly {@code count} new units of a new building of five floors: every
     * other unit of the park is confirmed now; the first {@code vacant} are VACANT, the others OCCUPIED, last
     * confirmed {@code oldestDays} days ago for the first and a day later for each next one. Answers them,
     * oldest first.
     */
    public List<Long> toConfirm(String park, int count, int vacant, int oldestDays) {
        long building = building(park, 5, 12_000);
        jdbc.update(
                "UPDATE space_unit SET last_confirmed_at = now() WHERE building_id IN "
                        + "(SELECT id FROM building WHERE park_code = ?)",
                park);
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long unit = unit(building, i < vacant ? "VACANT" : "OCCUPIED");
            jdbc.update(
                    "UPDATE space_unit SET last_confirmed_at = now() - make_interval(days => ?) WHERE id = ?",
                    oldestDays - i,
                    unit);
            units.add(unit);
        }
        return units;
    }

    /** A unit of a new building of the park. */
    public long unitInPark(String park, String status) {
        return unit(building(park), status);
    }

    /**
     * An AVAILABLE M2 parcel with plot ratio 1.5–3.0 on a free 40 m square of the park: 2.4 亩, within
     * the sizes of the sample parcels.
     */
    public long parcel(String park, String parcelNo) {
        Box box = land.inPark(park, 40);
        return jdbc.queryForObject("""
                INSERT INTO parcel (parcel_no, park_code, town_code, geom, area_m2, planning_use,
                                    plot_ratio_min, plot_ratio_max, status)
                SELECT ?, ?, t.code, ST_Multi(f.g), round(CAST(ST_Area(f.g::geography) AS numeric), 2), 'M2',
                       1.5, 3.0, 'AVAILABLE'
                FROM (SELECT ST_MakeEnvelope(?, ?, ?, ?, 4326) AS g) f
                JOIN town t ON ST_Intersects(t.geom, ST_PointOnSurface(f.g))
                ORDER BY t.code LIMIT 1
                RETURNING id""", Long.class, parcelNo, park, box.west(), box.south(), box.east(), box.north());
    }

    /** The code of the town holding a GeoJSON geometry's point on surface, as the API finds it. */
    public String townAt(String geoJson) {
        return jdbc.queryForObject("""
                SELECT code FROM town WHERE ST_Intersects(geom, ST_PointOnSurface(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)))""", String.class, geoJson);
    }

    /** How many rows the table has. */
    public long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    /** A unit's occupancy, confirmation and version, to tell whether a refused write changed it. */
    public Map<String, Object> unitRow(long id) {
        return jdbc.queryForMap("""
                SELECT status, vacant_area_m2, rent_yuan_m2_month, available_from, occupant_enterprise_id,
                       last_confirmed_at, version FROM space_unit WHERE id = ?""", id);
    }

    public long unitVersion(long id) {
        return jdbc.queryForObject("SELECT version FROM space_unit WHERE id = ?", Long.class, id);
    }

    public int events(long unit) {
        return jdbc.queryForObject("SELECT count(*) FROM occupancy_event WHERE unit_id = ?", Integer.class, unit);
    }
}
