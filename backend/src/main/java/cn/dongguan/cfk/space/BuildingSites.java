package cn.dongguan.cfk.space;

import java.math.BigDecimal;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spatial facts a building write is checked against, in SQL. */
@Repository
class BuildingSites {

    /** Serialises footprint writes, so two concurrent writes cannot both pass the overlap check. */
    private static final long FOOTPRINT_LOCK = 0x63666b_0001L;

    private final JdbcClient jdbc;

    BuildingSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockFootprints() {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) l")
                .param("key", FOOTPRINT_LOCK)
                .query(Integer.class)
                .single();
    }

    record Overlap(long id, String name) {}

    /** A building other than {@code self} whose footprint shares area with this one (touching is fine). */
    Optional<Overlap> overlapping(Geometry footprint, long self) {
        return jdbc.sql("""
                        WITH input AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS g)
                        SELECT b.id, b.name FROM building b, input
                        WHERE b.geom && input.g AND ST_Relate(b.geom, input.g, 'T********') AND b.id <> :self
                        ORDER BY b.id LIMIT 1""")
                .param("wkb", new WKBWriter().write(footprint))
                .param("self", self)
                .query((rs, i) -> new Overlap(rs.getLong("id"), rs.getString("name")))
                .optional();
    }

    BigDecimal footprintAreaM2(long buildingId) {
        return jdbc.sql("SELECT ST_Area(geom::geography) FROM building WHERE id = ?")
                .param(buildingId)
                .query(BigDecimal.class)
                .single();
    }

    /** The highest floor any unit of the building is on, 0 when it has none. */
    int highestUnitFloor(long buildingId) {
        return jdbc.sql("SELECT coalesce(max(floor_to), 0) FROM space_unit WHERE building_id = ?")
                .param(buildingId)
                .query(Integer.class)
                .single();
    }
}
