package cn.dongguan.cfk.support;

import cn.dongguan.cfk.support.FreeLand.Box;
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
        Box box = land.inPark(park, 20);
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
