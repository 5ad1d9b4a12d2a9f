package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.FeatureCollection;
import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Parks with their derived figures, read in SQL so the aggregation happens in PostGIS. */
@Repository
@Transactional(readOnly = true)
class ParkQueries {

    private static final String PARKS = """
            WITH floor AS (
                SELECT park_code, sum(floor_area_m2) AS floor_area_m2, count(*) AS buildings
                FROM building WHERE park_code IS NOT NULL GROUP BY park_code
            ), vacancy AS (
                SELECT b.park_code, sum(u.vacant_area_m2) FILTER (WHERE u.status = 'VACANT') AS vacant_area_m2,
                       count(*) AS units
                FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code IS NOT NULL GROUP BY b.park_code
            ), land AS (
                SELECT park_code, sum(area_m2) FILTER (WHERE status = 'AVAILABLE') AS available_m2, count(*) AS parcels
                FROM parcel WHERE park_code IS NOT NULL GROUP BY park_code
            )
            SELECT p.code, p.name, p.level, p.planned_area_m2, p.managing_body, p.contact_name, p.contact_phone,
                   ARRAY(SELECT town_code FROM park_town t WHERE t.park_code = p.code ORDER BY town_code) AS towns,
                   ARRAY(SELECT industry_code FROM park_industry i WHERE i.park_code = p.code ORDER BY industry_code) AS industries,
                   coalesce(f.floor_area_m2, 0) AS floor_area_m2,
                   coalesce(v.vacant_area_m2, 0) AS vacant_area_m2,
                   coalesce(l.available_m2, 0) AS available_land_m2,
                   coalesce(f.buildings, 0) AS buildings, coalesce(v.units, 0) AS units, coalesce(l.parcels, 0) AS parcels,
                   %s
            FROM park p
            LEFT JOIN floor f ON f.park_code = p.code
            LEFT JOIN vacancy v ON v.park_code = p.code
            LEFT JOIN land l ON l.park_code = p.code
            %s
            ORDER BY p.code
            """;

    private final JdbcClient jdbc;

    ParkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ParkSummary> all() {
        return jdbc.sql(PARKS.formatted("NULL AS area_m2, NULL AS geometry", ""))
                .query((rs, i) -> summary(rs))
                .list();
    }

    Optional<ParkDetail> byCode(String code, boolean withContact) {
        String detailColumns =
                "round(ST_Area(p.geom::geography)::numeric, 2) AS area_m2, ST_AsGeoJSON(p.geom, 7) AS geometry";
        return jdbc.sql(PARKS.formatted(detailColumns, "WHERE p.code = :code"))
                .param("code", code)
                .query((rs, i) -> {
                    ParkSummary s = summary(rs);
                    ParkDetail.Contact contact = withContact && rs.getString("contact_name") != null
                            ? new ParkDetail.Contact(rs.getString("contact_name"), rs.getString("contact_phone"))
                            : null;
                    return new ParkDetail(
                            s.code(),
                            s.name(),
                            s.towns(),
                            s.level(),
                            s.industries(),
                            s.floorAreaM2(),
                            s.vacantAreaM2(),
                            s.vacancyRate(),
                            s.availableLandMu(),
                            rs.getBigDecimal("area_m2"),
                            rs.getBigDecimal("planned_area_m2"),
                            rs.getString("managing_body"),
                            rs.getInt("buildings"),
                            rs.getInt("units"),
                            rs.getInt("parcels"),
                            contact,
                            rs.getString("geometry"));
                })
                .optional();
    }

    /** The parks as map features: boundary, label point and derived figures. */
    List<FeatureCollection.Feature> features() {
        String columns = "NULL AS area_m2, ST_AsGeoJSON(p.geom, 6) AS geometry, "
                + "ST_X(ST_PointOnSurface(p.geom)) AS label_lon, ST_Y(ST_PointOnSurface(p.geom)) AS label_lat";
        return jdbc.sql(PARKS.formatted(columns, ""))
                .query((rs, i) -> {
                    ParkSummary s = summary(rs);
                    return FeatureCollection.Feature.of(
                            s.code(),
                            rs.getString("geometry"),
                            new ParkFeature(
                                    s.code(),
                                    s.name(),
                                    s.level(),
                                    s.towns(),
                                    s.industries(),
                                    s.floorAreaM2(),
                                    s.vacantAreaM2(),
                                    s.vacancyRate(),
                                    s.availableLandMu(),
                                    new double[] {rs.getDouble("label_lon"), rs.getDouble("label_lat")}));
                })
                .list();
    }

    private static ParkSummary summary(ResultSet rs) throws SQLException {
        BigDecimal floor = rs.getBigDecimal("floor_area_m2").setScale(2, RoundingMode.HALF_UP);
        BigDecimal vacant = rs.getBigDecimal("vacant_area_m2").setScale(2, RoundingMode.HALF_UP);
        double rate = floor.signum() == 0
                ? 0
                : vacant.divide(floor, 4, RoundingMode.HALF_UP).doubleValue();
        BigDecimal mu = Units.m2ToMu(rs.getBigDecimal("available_land_m2"));
        return new ParkSummary(
                rs.getString("code"),
                rs.getString("name"),
                strings(rs.getArray("towns")),
                rs.getString("level"),
                strings(rs.getArray("industries")),
                floor,
                vacant,
                rate,
                mu);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
