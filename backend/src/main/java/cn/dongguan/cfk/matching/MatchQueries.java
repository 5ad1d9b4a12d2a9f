package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteRequirement;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of matching. Units are read through {@code space_unit_supply} (V220): future supply is
 * available from its expected completion. Candidate generation prunes in PostGIS under the conditions the hard filters
 * declare ({@link CandidateSql}): only listed vacant units that pass or nearly pass the unit filters
 * are aggregated per building (an index-only scan of {@code space_unit_match_idx}), and only parcels
 * that pass or nearly pass are read, with their neighbours from {@code parcel_neighbour}. Every value
 * reaches SQL as a bound parameter; filters add fixed SQL fragments.
 */
@Repository
@Transactional(readOnly = true)
class MatchQueries {

    /** The floor for "no availability date": earlier than any today. */
    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final JdbcClient jdbc;

    MatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprise a saved project is for; empty for none. */
    Optional<Long> projectEnterprise(long projectId) {
        return jdbc.sql("SELECT enterprise_id FROM expansion_project WHERE id = ? AND enterprise_id IS NOT NULL")
                .param(projectId)
                .query(Long.class)
                .optional();
    }

    /**
     * A building with vacant units that pass ("strict") or nearly pass ("near") the unit filters, with
     * what bounds the score of any set of them.
     */
    record BuildingBound(
            long buildingId,
            Site site,
            String fireHazardClass,
            BigDecimal strictAreaM2,
            double strictKnownPowerKva,
            Double strictLowestRent,
            boolean strictRentUnknown,
            LocalDate strictEarliest,
            Instant strictLatestConfirmed,
            BigDecimal nearAreaM2,
            Double nearLowestRent,
            boolean nearRentUnknown,
            LocalDate nearEarliest,
            Instant nearLatestConfirmed)
            implements BuildingTotals {

        @Override
        public String townCode() {
            return site.townCode();
        }

        @Override
        public String parkCode() {
            return site.parkCode();
        }
    }

    /** The buildings with units that pass or nearly pass, under the conditions the hard filters declare. */
    List<BuildingBound> buildingBounds(Need n) {
        CandidateSql c = CandidateSql.of(n);
        Map<String, Object> params = new HashMap<>(c.params);
        params.put("longAgo", LONG_AGO);
        String sql = """
                SELECT a.*, b.park_code, b.town_code, b.fire_hazard_class,
                       b.centroid_x_4547 AS x, b.centroid_y_4547 AS y
                FROM (
                    SELECT u.building_id,
                           sum(u.vacant_area_m2) FILTER (WHERE u.strict) AS strict_area,
                           coalesce(sum(u.power_kva) FILTER (WHERE u.strict), 0) AS strict_power,
                           min(u.rent_yuan_m2_month) FILTER (WHERE u.strict) AS strict_rent,
                           coalesce(bool_or(u.rent_yuan_m2_month IS NULL) FILTER (WHERE u.strict), false) AS strict_rent_unknown,
                           min(coalesce(u.available_from, :longAgo)) FILTER (WHERE u.strict) AS strict_earliest,
                           max(u.last_confirmed_at) FILTER (WHERE u.strict) AS strict_confirmed,
                           sum(u.vacant_area_m2) AS near_area,
                           min(u.rent_yuan_m2_month) AS near_rent,
                           bool_or(u.rent_yuan_m2_month IS NULL) AS near_rent_unknown,
                           min(coalesce(u.available_from, :longAgo)) AS near_earliest,
                           max(u.last_confirmed_at) AS near_confirmed
                    FROM (SELECT u.*, (%s) AS strict FROM space_unit_supply u WHERE %s) u
                    GROUP BY u.building_id
                    HAVING %s
                ) a
                JOIN building b ON b.id = a.building_id
                WHERE %s
                """.formatted(
                        CandidateSql.all(c.unitStrict),
                        CandidateSql.all(c.unitNear),
                        CandidateSql.all(c.buildingTotals),
                        CandidateSql.all(c.building));
        return jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> new BuildingBound(
                        rs.getLong("building_id"),
                        new Site(
                                rs.getString("park_code"),
                                rs.getString("town_code"),
                                rs.getDouble("x"),
                                rs.getDouble("y")),
                        rs.getString("fire_hazard_class"),
                        zeroIfNull(rs.getBigDecimal("strict_area")),
                        rs.getDouble("strict_power"),
                        doubleOrNull(rs, "strict_rent"),
                        rs.getBoolean("strict_rent_unknown"),
                        rs.getObject("strict_earliest", LocalDate.class),
                        instant(rs, "strict_confirmed"),
                        rs.getBigDecimal("near_area"),
                        doubleOrNull(rs, "near_rent"),
                        rs.getBoolean("near_rent_unknown"),
                        rs.getObject("near_earliest", LocalDate.class),
                        instant(rs, "near_confirmed")))
                .list();
    }

    /** Buildings with all their units, in the order of {@code ids}. */
    List<BuildingFact> buildings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<UnitFact>> units = new HashMap<>();
        jdbc.sql("""
                SELECT id, building_id, floor_from, floor_to, area_m2, vacant_area_m2, ceiling_height_m,
                       floor_load_kg_m2, power_kva, rent_yuan_m2_month, status, available_from, last_confirmed_at,
                       expected_completion
                FROM space_unit_supply WHERE building_id IN (:ids) ORDER BY building_id, floor_from, id""")
                .param("ids", ids)
                .query((rs, i) -> new UnitFact(
                        rs.getLong("id"),
                        rs.getLong("building_id"),
                        rs.getInt("floor_from"),
                        rs.getInt("floor_to"),
                        rs.getBigDecimal("area_m2"),
                        rs.getBigDecimal("vacant_area_m2"),
                        doubleOrNull(rs, "ceiling_height_m"),
                        doubleOrNull(rs, "floor_load_kg_m2"),
                        doubleOrNull(rs, "power_kva"),
                        doubleOrNull(rs, "rent_yuan_m2_month"),
                        rs.getString("status"),
                        rs.getObject("available_from", LocalDate.class),
                        instant(rs, "last_confirmed_at"),
                        rs.getObject("expected_completion", LocalDate.class)))
                .list()
                .forEach(u -> units.computeIfAbsent(u.buildingId(), k -> new ArrayList<>())
                        .add(u));
        Map<Long, BuildingFact> byId = new HashMap<>();
        jdbc.sql("""
                SELECT id, name, park_code, town_code, fire_hazard_class,
                       centroid_x_4547 AS x, centroid_y_4547 AS y
                FROM building WHERE id IN (:ids)""")
                .param("ids", ids)
                .query((rs, i) -> new BuildingFact(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("park_code"),
                        rs.getString("town_code"),
                        rs.getString("fire_hazard_class"),
                        rs.getDouble("x"),
                        rs.getDouble("y"),
                        units.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .forEach(b -> byId.put(b.id(), b));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The buildings of the given units (to look up a shortlisted set). */
    Map<Long, Long> buildingOfUnits(Collection<Long> unitIds) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT id, building_id FROM space_unit WHERE id IN (:ids) ORDER BY id")
                .param("ids", unitIds)
                .query((ResultSet rs) -> {
                    result.put(rs.getLong("id"), rs.getLong("building_id"));
                });
        return result;
    }

    /** The parcels that pass or nearly pass, under the conditions the hard filters declare. */
    List<ParcelFact> offeredParcels(Need n) {
        CandidateSql c = CandidateSql.of(n);
        return jdbc.sql(PARCEL_COLUMNS + " FROM parcel p WHERE " + CandidateSql.all(c.parcel) + " ORDER BY p.id")
                .params(c.params)
                .query((rs, i) -> parcel(rs))
                .list();
    }

    /** Neighbour distances among the parcels {@link #offeredParcels} returns, both directions. */
    Map<Long, Map<Long, Double>> offeredNeighbours(Need n) {
        CandidateSql c = CandidateSql.of(n);
        Map<Long, Map<Long, Double>> result = new HashMap<>();
        jdbc.sql("""
                WITH offered AS (SELECT p.id FROM parcel p WHERE %s)
                SELECT n.parcel_id, n.neighbour_id, n.distance_m
                FROM parcel_neighbour n
                JOIN offered a ON a.id = n.parcel_id
                JOIN offered b ON b.id = n.neighbour_id""".formatted(CandidateSql.all(c.parcel))).params(c.params).query((ResultSet rs) -> {
            result.computeIfAbsent(rs.getLong("parcel_id"), k -> new HashMap<>())
                    .put(rs.getLong("neighbour_id"), rs.getDouble("distance_m"));
        });
        return result;
    }

    List<ParcelFact> parcelsById(Collection<Long> ids) {
        return jdbc.sql(PARCEL_COLUMNS + " FROM parcel p WHERE p.id IN (:ids) ORDER BY p.id")
                .param("ids", ids)
                .query((rs, i) -> parcel(rs))
                .list();
    }

    Map<Long, Map<Long, Double>> neighboursAmong(Collection<Long> ids) {
        Map<Long, Map<Long, Double>> result = new HashMap<>();
        jdbc.sql("""
                SELECT parcel_id, neighbour_id, distance_m FROM parcel_neighbour
                WHERE parcel_id IN (:ids) AND neighbour_id IN (:ids)""").param("ids", ids).query((ResultSet rs) -> {
            result.computeIfAbsent(rs.getLong("parcel_id"), k -> new HashMap<>())
                    .put(rs.getLong("neighbour_id"), rs.getDouble("distance_m"));
        });
        return result;
    }

    private static final String PARCEL_COLUMNS = """
            SELECT p.id, p.parcel_no, p.park_code, p.town_code, p.area_m2, p.planning_use, p.status,
                   p.earliest_supply_date, p.development_state, p.reference_price_wan_yuan,
                   p.centroid_x_4547 AS x, p.centroid_y_4547 AS y, p.min_investment_wan_yuan_mu,
                   p.min_tax_wan_yuan_mu, p.min_output_wan_yuan_mu, p.max_energy_tce_wan_yuan""";

    private static ParcelFact parcel(ResultSet rs) throws SQLException {
        return new ParcelFact(
                rs.getLong("id"),
                rs.getString("parcel_no"),
                rs.getString("park_code"),
                rs.getString("town_code"),
                rs.getBigDecimal("area_m2"),
                rs.getString("planning_use"),
                rs.getString("status"),
                rs.getObject("earliest_supply_date", LocalDate.class),
                rs.getString("development_state"),
                doubleOrNull(rs, "reference_price_wan_yuan"),
                rs.getDouble("x"),
                rs.getDouble("y"),
                new ParcelFact.StandardLand(
                        rs.getBigDecimal("min_investment_wan_yuan_mu"),
                        rs.getBigDecimal("min_tax_wan_yuan_mu"),
                        rs.getBigDecimal("min_output_wan_yuan_mu"),
                        rs.getBigDecimal("max_energy_tce_wan_yuan")));
    }

    // ---- context: industry, places, names ----------------------------------------------------

    /** Where the enterprises of {@code industry} occupy units: one point per enterprise and building. */
    IndustryNeighbours industryNeighbours(String industry) {
        List<IndustryNeighbours.Occupant> occupants = jdbc.sql("""
                SELECT o.enterprise_id, b.centroid_x_4547 AS x, b.centroid_y_4547 AS y
                FROM (SELECT DISTINCT u.building_id, u.occupant_enterprise_id AS enterprise_id
                      FROM enterprise e JOIN space_unit u ON u.occupant_enterprise_id = e.id
                      WHERE e.industry_code = :industry) o
                CROSS JOIN LATERAL (SELECT centroid_x_4547, centroid_y_4547 FROM building WHERE id = o.building_id) b""")
                .param("industry", industry)
                .query((rs, i) -> new IndustryNeighbours.Occupant(
                        rs.getLong("enterprise_id"), rs.getDouble("x"), rs.getDouble("y")))
                .list();
        return new IndustryNeighbours(occupants);
    }

    Set<String> parksPositionedFor(String industry) {
        return new TreeSet<>(jdbc.sql("SELECT park_code FROM park_industry WHERE industry_code = :industry")
                .param("industry", industry)
                .query(String.class)
                .list());
    }

    PreferredPlaces preferredPlaces(SiteRequirement r) {
        List<PreferredPlaces.Area> areas = new ArrayList<>();
        WKBReader reader = new WKBReader();
        if (!r.preferredParks().isEmpty()) {
            jdbc.sql(
                            "SELECT code, ST_AsBinary(ST_Transform(geom, 4547)) AS g FROM park WHERE code IN (:codes) ORDER BY code")
                    .param("codes", r.preferredParks())
                    .query((ResultSet rs) -> {
                        areas.add(new PreferredPlaces.Area(
                                PreferredPlaces.Kind.PARK, rs.getString("code"), read(reader, rs.getBytes("g"))));
                    });
        }
        if (!r.preferredTowns().isEmpty()) {
            jdbc.sql(
                            "SELECT code, ST_AsBinary(ST_Transform(geom, 4547)) AS g FROM town WHERE code IN (:codes) ORDER BY code")
                    .param("codes", r.preferredTowns())
                    .query((ResultSet rs) -> {
                        areas.add(new PreferredPlaces.Area(
                                PreferredPlaces.Kind.TOWN, rs.getString("code"), read(reader, rs.getBytes("g"))));
                    });
        }
        Coordinate point = null;
        if (r.point() != null) {
            point = jdbc.sql("""
                    SELECT ST_X(t) AS x, ST_Y(t) AS y
                    FROM ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 4547) AS t""")
                    .param("lon", r.point().lon())
                    .param("lat", r.point().lat())
                    .query((rs, i) -> new Coordinate(rs.getDouble("x"), rs.getDouble("y")))
                    .single();
        }
        return areas.isEmpty() && point == null ? PreferredPlaces.NONE : new PreferredPlaces(areas, point);
    }

    Map<String, String> parkNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM park").query((ResultSet rs) -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    // ---- what the answer shows ---------------------------------------------------------------

    /** GeoJSON (WGS84) and a point for the map. */
    record Shape(String geometry, GeoPoint point) {}

    Map<Long, Shape> buildingShapes(Collection<Long> ids) {
        Map<Long, Shape> shapes = new HashMap<>();
        if (ids.isEmpty()) {
            return shapes;
        }
        jdbc.sql("""
                SELECT id, ST_AsGeoJSON(geom, 7) AS g, ST_X(c) AS lon, ST_Y(c) AS lat
                FROM building, ST_PointOnSurface(geom) AS c WHERE id IN (:ids)""").param("ids", ids).query((ResultSet rs) -> {
            shapes.put(
                    rs.getLong("id"),
                    new Shape(
                            rs.getString("g"), new GeoPoint(round7(rs.getDouble("lon")), round7(rs.getDouble("lat")))));
        });
        return shapes;
    }

    Shape parcelsShape(Collection<Long> ids) {
        return jdbc.sql("""
                SELECT ST_AsGeoJSON(ST_CollectionExtract(g, 3), 7) AS g, ST_X(c) AS lon, ST_Y(c) AS lat
                FROM (SELECT ST_Collect(geom ORDER BY id) AS g FROM parcel WHERE id IN (:ids)) AS s,
                     ST_PointOnSurface(g) AS c""")
                .param("ids", ids)
                .query((rs, i) -> new Shape(
                        rs.getString("g"), new GeoPoint(round7(rs.getDouble("lon")), round7(rs.getDouble("lat")))))
                .single();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static org.locationtech.jts.geom.Geometry read(WKBReader reader, byte[] wkb) {
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static double round7(double value) {
        return Math.round(value * 1e7) / 1e7;
    }
}
