package cn.dongguan.cfk.matching;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Buildings, units and parcels laid out by the tests themselves, on an empty spot of a town, so a
 * scenario knows exactly what is there. Coordinates are EPSG:4547 metres; the rows store WGS84.
 */
record SiteFixtures(JdbcClient jdbc) {

    /** A point of the town at least 600 m inside its boundary and 800 m from any building or parcel. */
    double[] clearSpot(String town) {
        return jdbc.sql("""
                SELECT ST_X(s.p) AS x, ST_Y(s.p) AS y
                FROM (SELECT (ST_Dump(ST_GeneratePoints(ST_Transform(t.geom, 4547), 300, 7))).geom AS p,
                             ST_Boundary(ST_Transform(t.geom, 4547)) AS edge
                      FROM town t WHERE t.code = :town) s
                WHERE ST_Distance(s.p, s.edge) > 600
                  AND NOT EXISTS (SELECT 1 FROM building b WHERE ST_DWithin(ST_Transform(b.geom, 4547), s.p, 800))
                  AND NOT EXISTS (SELECT 1 FROM parcel q WHERE ST_DWithin(ST_Transform(q.geom, 4547), s.p, 800))
                ORDER BY ST_X(s.p), ST_Y(s.p) LIMIT 1""")
                .param("town", town)
                .query((rs, i) -> new double[] {rs.getDouble("x"), rs.getDouble("y")})
                .single();
    }

    long building(String town, String fireClass, double x, double y, int floors) {
        return jdbc.sql("""
                INSERT INTO building (town_code, name, type, floors, floor_area_m2, fire_hazard_class, geom)
                VALUES (:town, '测试楼', '多层厂房', :floors, 3000 * :floors, :fire,
                        ST_Transform(ST_MakeEnvelope(:x - 30, :y - 25, :x + 30, :y + 25, 4547), 4326))
                RETURNING id""")
                .param("town", town)
                .param("floors", floors)
                .param("fire", fireClass)
                .param("x", x)
                .param("y", y)
                .query(Long.class)
                .single();
    }

    /** A unit on one floor; {@code vacant} 0 makes it OCCUPIED. Null measurements are unknown. */
    long unit(long building, int floor, double area, double vacant, Double ceiling, Double load, Double power) {
        return jdbc.sql("""
                INSERT INTO space_unit (building_id, floor_from, floor_to, area_m2, vacant_area_m2, ceiling_height_m,
                                        floor_load_kg_m2, power_kva, rent_yuan_m2_month, status)
                VALUES (:building, :floor, :floor, :area, :vacant, :ceiling, :load, :power, 20, :status)
                RETURNING id""")
                .param("building", building)
                .param("floor", floor)
                .param("area", area)
                .param("vacant", vacant)
                .param("ceiling", ceiling)
                .param("load", load)
                .param("power", power)
                .param("status", vacant > 0 ? "VACANT" : "OCCUPIED")
                .query(Long.class)
                .single();
    }

    /** An available M1 parcel: the rectangle [x0, x0 + width] × [y0, y0 + depth]. */
    long parcel(String town, double x0, double y0, double width, double depth, LocalDate supply) {
        return jdbc.sql("""
                INSERT INTO parcel (parcel_no, town_code, geom, area_m2, planning_use, status, development_state,
                                    reference_price_wan_yuan, earliest_supply_date)
                SELECT 'TEST-' || round(:x0)::bigint || '-' || round(:y0)::bigint, :town, g, round(ST_Area(g::geography)::numeric, 2), 'M1',
                       'AVAILABLE', 'READY', 600, :supply
                FROM (SELECT ST_Multi(ST_Transform(ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4547), 4326)) AS g) s
                RETURNING id""")
                .param("town", town)
                .param("x0", x0)
                .param("y0", y0)
                .param("x1", x0 + width)
                .param("y1", y0 + depth)
                .param("supply", supply)
                .query(Long.class)
                .single();
    }
}
