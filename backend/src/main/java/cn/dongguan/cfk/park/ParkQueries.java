package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.RecordRowMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
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

    private static final RowMapper<ParkSummary> SUMMARIES = RecordRowMapper.of(ParkSummary.class);

    private final JdbcClient jdbc;

    ParkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ParkSummary> all() {
        return jdbc.sql(PARKS.formatted("", "")).query(SUMMARIES).list();
    }

    Optional<ParkDetail> byCode(String code, boolean withContact) {
        String detailColumns =
                ", round(ST_Area(p.geom::geography)::numeric, 2) AS area_m2, ST_AsGeoJSON(p.geom, 7) AS geometry, p.version";
        return jdbc.sql(PARKS.formatted(detailColumns, "WHERE p.code = :code"))
                .param("code", code)
                .query((rs, i) -> {
                    ParkDetail.Contact contact = withContact && rs.getString("contact_name") != null
                            ? new ParkDetail.Contact(rs.getString("contact_name"), rs.getString("contact_phone"))
                            : null;
                    return new ParkDetail(
                            SUMMARIES.mapRow(rs, i),
                            rs.getBigDecimal("area_m2"),
                            rs.getBigDecimal("planned_area_m2"),
                            rs.getString("managing_body"),
                            rs.getInt("buildings"),
                            rs.getInt("units"),
                            rs.getInt("parcels"),
                            contact,
                            rs.getString("geometry"),
                            rs.getLong("version"));
                })
                .optional();
    }
}
