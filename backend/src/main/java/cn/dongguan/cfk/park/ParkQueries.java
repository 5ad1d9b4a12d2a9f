package cn.dongguan.cfk.park;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Parks with their derived figures (the view park_figures), read in SQL so the aggregation happens in PostGIS. */
@Repository
@Transactional(readOnly = true)
class ParkQueries {

    private static final String PARKS = """
            SELECT p.code, p.name, p.level, p.planned_area_m2, p.managing_body, p.contact_name, p.contact_phone,
                   ARRAY(SELECT town_code FROM park_town t WHERE t.park_code = p.code ORDER BY town_code) AS towns,
                   ARRAY(SELECT industry_code FROM park_industry i WHERE i.park_code = p.code ORDER BY industry_code) AS industries,
                   f.floor_area_m2, f.vacant_area_m2, f.vacancy_rate, f.available_land_mu,
                   f.buildings, f.units, f.parcels
                   %s
            FROM park p
            JOIN park_figures f ON f.park_code = p.code
            %s
            ORDER BY p.code
            """;

    private final JdbcClient jdbc;

    ParkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ParkSummary> all() {
        return jdbc.sql(PARKS.formatted("", "")).query((rs, i) -> summary(rs)).list();
    }

    Optional<ParkDetail> byCode(String code, boolean withContact) {
        String detailColumns =
                ", round(ST_Area(p.geom::geography)::numeric, 2) AS area_m2, ST_AsGeoJSON(p.geom, 7) AS geometry";
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

    private static ParkSummary summary(ResultSet rs) throws SQLException {
        return new ParkSummary(
                rs.getString("code"),
                rs.getString("name"),
                strings(rs.getArray("towns")),
                rs.getString("level"),
                strings(rs.getArray("industries")),
                rs.getBigDecimal("floor_area_m2"),
                rs.getBigDecimal("vacant_area_m2"),
                rs.getDouble("vacancy_rate"),
                rs.getBigDecimal("available_land_mu"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
