package cn.dongguan.cfk.land;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts a parcel write is checked against, in SQL. */
@Repository
class ParcelSites {

    /** Serialises parcel writes, so two concurrent writes cannot both pass the overlap or number checks. */
    private static final long PARCEL_LOCK = 0x63666b_0002L;

    private final JdbcClient jdbc;

    ParcelSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockParcels() {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) l")
                .param("key", PARCEL_LOCK)
                .query(Integer.class)
                .single();
    }

    record Overlap(long id, String parcelNo) {}

    /** A parcel other than {@code self} sharing area with this boundary (touching is fine). */
    Optional<Overlap> overlapping(Geometry boundary, long self) {
        return jdbc.sql("""
                        WITH input AS (SELECT ST_GeomFromWKB(:wkb, 4326) AS g)
                        SELECT p.id, p.parcel_no FROM parcel p, input
                        WHERE p.geom && input.g AND ST_Relate(p.geom, input.g, 'T********') AND p.id <> :self
                        ORDER BY p.id LIMIT 1""")
                .param("wkb", new WKBWriter().write(boundary))
                .param("self", self)
                .query((rs, i) -> new Overlap(rs.getLong("id"), rs.getString("parcel_no")))
                .optional();
    }

    /** The id of another parcel with this number. */
    Optional<Long> numbered(String parcelNo, long self) {
        return jdbc.sql("SELECT id FROM parcel WHERE parcel_no = :no AND id <> :self")
                .param("no", parcelNo)
                .param("self", self)
                .query(Long.class)
                .optional();
    }
}
