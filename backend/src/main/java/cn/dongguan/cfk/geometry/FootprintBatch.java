package cn.dongguan.cfk.geometry;

import cn.dongguan.cfk.geometry.GeometryInput.Parsed;
import cn.dongguan.cfk.geometry.GeometryInput.Prepared;
import cn.dongguan.cfk.geometry.Placement.Clash;
import cn.dongguan.cfk.geometry.Placement.Fit;
import cn.dongguan.cfk.geometry.Placement.Other;
import cn.dongguan.cfk.shared.BadRequestException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.datasource.DataSourceUtils;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Many geometries of one subject checked as {@link Footprints} checks one, but set-based: a chunk of
 * them described by PostGIS in one statement (read, transformed, validity, extent), the same Java
 * rules applied to each, then the ones that pass placed in one statement (their park, the stored
 * features of the subject they overlap, the earlier geometries of the batch they overlap, their
 * town), with the GiST indexes. The batch holds a connection and a temporary table of the checked
 * geometries until it is closed; nothing is written. The caller checks write access to the parks.
 */
public final class FootprintBatch implements AutoCloseable {

    /** A geometry to check: its key (a file's row), GeoJSON, CRS, park (null: none) and the feature it replaces (or -1). */
    public record Candidate(
            int key, tools.jackson.databind.JsonNode geometry, String crs, String parkCode, long self) {}

    /** A candidate's answer: its area on the ellipsoid and its town, or why it is refused. */
    public record Verdict(double areaM2, String townCode, BadRequestException refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private static final String DESCRIBE = """
            WITH d AS (
                SELECT c.key, c.park, c.self, d.*
                FROM unnest(?::int[], ?::text[], ?::int[], ?::text[], ?::bigint[]) AS c (key, json, srid, park, self),
                     LATERAL geometry_describe(c.json, c.srid) d
            ), kept AS (
                INSERT INTO geometry_candidate (key, park, self, g) SELECT key, park, self, g FROM d
            )
            SELECT d.key, %s FROM d""";

    /** The table and label column are the subject's constants, never input. */
    private static final String PLACE = """
            WITH ok AS (
                UPDATE geometry_candidate SET ok = true WHERE key = ANY (?) RETURNING key, park, self, g
            )
            SELECT c.key, p.name AS park_name, ST_CoveredBy(c.g, p.geom) AS inside,
                   ST_X(outside.pt) AS out_lon, ST_Y(outside.pt) AS out_lat,
                   clash.code AS clash_code, clash.name AS clash_name, clash.lon AS clash_lon, clash.lat AS clash_lat,
                   other.id AS other_id, other.label AS other_label, twin.key AS twin, town.code AS town
            FROM ok c
            LEFT JOIN park p ON p.code = c.park
            LEFT JOIN LATERAL (SELECT ST_PointOnSurface(ST_Difference(c.g, p.geom)) AS pt
                               WHERE p.code IS NOT NULL AND NOT ST_CoveredBy(c.g, p.geom)) outside ON true
            LEFT JOIN LATERAL (SELECT q.code, q.name, ST_X(at.pt) AS lon, ST_Y(at.pt) AS lat
                               FROM park q, LATERAL (SELECT ST_PointOnSurface(ST_Intersection(q.geom, c.g)) AS pt) at
                               WHERE c.park IS NULL AND q.geom && c.g AND ST_Relate(q.geom, c.g, 'T********')
                               ORDER BY q.code LIMIT 1) clash ON true
            LEFT JOIN LATERAL (SELECT f.id, f.%s AS label FROM %s f
                               WHERE f.geom && c.g AND ST_Relate(f.geom, c.g, 'T********') AND f.id <> c.self
                               ORDER BY f.id LIMIT 1) other ON true
            LEFT JOIN LATERAL (SELECT o.key FROM geometry_candidate o
                               WHERE (o.ok OR o.key = ANY (?)) AND o.key < c.key
                                     AND o.g && c.g AND ST_Relate(o.g, c.g, 'T********')
                               ORDER BY o.key LIMIT 1) twin ON true
            LEFT JOIN LATERAL (SELECT t.code FROM town t WHERE ST_Intersects(t.geom, ST_PointOnSurface(c.g))
                               ORDER BY t.code LIMIT 1) town ON true""";

    private final GeometryInput input;
    private final Subject subject;
    private final DataSource dataSource;
    private final Connection connection;
    private final boolean own;
    private boolean analyzed;

    /**
     * A batch on a connection of its own ({@code inTransaction} false), or on the connection of the
     * caller's transaction, whose write lock and writes it then shares.
     */
    FootprintBatch(GeometryInput input, Subject subject, DataSource dataSource, boolean inTransaction) {
        this.input = input;
        this.subject = subject;
        this.dataSource = dataSource;
        this.own = !inTransaction;
        try {
            if (own) {
                this.connection = dataSource.getConnection();
                connection.setAutoCommit(false);
            } else {
                this.connection = DataSourceUtils.getConnection(dataSource);
            }
            try (Statement s = connection.createStatement()) {
                // the batch's statements are costed high (a lateral join per row) but each row's work is
                // PostGIS calls JIT cannot speed up: compiling them took longer than running them (issue 11)
                s.execute("SET LOCAL jit = off");
                s.execute("""
                        CREATE TEMP TABLE geometry_candidate (
                            key int PRIMARY KEY, park text, self bigint, ok boolean NOT NULL DEFAULT false, g geometry
                        ) ON COMMIT DROP""");
                s.execute("CREATE INDEX ON geometry_candidate USING gist (g)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Opening a batch of geometry checks failed: " + e.getMessage(), e);
        }
    }

    /**
     * The verdicts of candidates, in their order; keys rise from one call to the next, and each
     * candidate is also checked against those of earlier calls that passed the geometry's own checks.
     */
    public List<Verdict> check(List<Candidate> candidates) {
        Map<Integer, Verdict> verdicts = new HashMap<>();
        Map<Integer, Double> areas = new HashMap<>();
        Map<Integer, Candidate> byKey = new HashMap<>();
        List<Object[]> prepared = new ArrayList<>();
        for (Candidate c : candidates) {
            byKey.put(c.key(), c);
            try {
                Prepared p = input.prepare(
                        c.geometry(), c.crs() == null ? null : JsonNodeFactory.instance.stringNode(c.crs()));
                prepared.add(new Object[] {c.key(), p.json(), p.crs().srid, c.parkCode(), c.self(), p.crs()});
            } catch (BadRequestException e) {
                verdicts.put(c.key(), new Verdict(0, null, e));
            }
        }
        try {
            List<Integer> readable = describe(prepared, verdicts, areas);
            place(readable, byKey, verdicts, areas);
        } catch (SQLException e) {
            throw new IllegalStateException("Checking a batch of geometries failed: " + e.getMessage(), e);
        }
        return candidates.stream().map(c -> verdicts.get(c.key())).toList();
    }

    /** Describes the prepared candidates and applies the geometry's own rules; answers the keys that pass. */
    private List<Integer> describe(List<Object[]> prepared, Map<Integer, Verdict> verdicts, Map<Integer, Double> areas)
            throws SQLException {
        Map<Integer, InputCrs> crs = new HashMap<>();
        Object[][] columns = new Object[5][prepared.size()];
        for (int i = 0; i < prepared.size(); i++) {
            for (int c = 0; c < 5; c++) {
                columns[c][i] = prepared.get(i)[c];
            }
            crs.put((Integer) prepared.get(i)[0], (InputCrs) prepared.get(i)[5]);
        }
        String sql = DESCRIBE.formatted(GeometryInput.DESCRIBED);
        List<Integer> readable = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, array("int4", columns[0]));
            statement.setArray(2, array("text", columns[1]));
            statement.setArray(3, array("int4", columns[2]));
            statement.setArray(4, array("text", columns[3]));
            statement.setArray(5, array("int8", columns[4]));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int key = rs.getInt("key");
                    Parsed parsed = Parsed.read(rs, false);
                    try {
                        GeometryInput.requireReadable(parsed, crs.get(key), subject, false);
                        areas.put(key, GeometryInput.requireUsable(parsed, subject));
                        readable.add(key);
                    } catch (BadRequestException e) {
                        verdicts.put(key, new Verdict(0, null, e));
                    }
                }
            }
        }
        return readable;
    }

    /** Places the readable candidates: park, stored features, earlier candidates, town; in the single write's order. */
    private void place(
            List<Integer> readable,
            Map<Integer, Candidate> byKey,
            Map<Integer, Verdict> verdicts,
            Map<Integer, Double> areas)
            throws SQLException {
        if (readable.isEmpty()) {
            return;
        }
        if (!analyzed) {
            // once is enough for the planner to take the GiST index; it scales the statistics to the
            // table's size as the later chunks grow it
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE geometry_candidate");
            }
            analyzed = true;
        }
        Array keys = array("int4", readable.toArray());
        try (PreparedStatement statement =
                connection.prepareStatement(PLACE.formatted(subject.labelColumn, subject.table))) {
            statement.setArray(1, keys);
            statement.setArray(2, keys);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int key = rs.getInt("key");
                    String park = byKey.get(key).parkCode();
                    try {
                        if (park != null) {
                            String name = rs.getString("park_name");
                            Placement.requireFits(
                                    name == null
                                            ? null
                                            : new Fit(
                                                    name,
                                                    rs.getBoolean("inside"),
                                                    (Double) rs.getObject("out_lon"),
                                                    (Double) rs.getObject("out_lat")),
                                    park,
                                    subject);
                        } else if (rs.getString("clash_code") != null) {
                            Placement.refuseClash(
                                    new Clash(
                                            rs.getString("clash_code"),
                                            rs.getString("clash_name"),
                                            rs.getDouble("clash_lon"),
                                            rs.getDouble("clash_lat")),
                                    subject);
                        }
                        long other = rs.getLong("other_id");
                        if (!rs.wasNull()) {
                            Placement.refuseOverlap(new Other(other, rs.getString("other_label")), subject);
                        }
                        int twin = rs.getInt("twin");
                        if (!rs.wasNull()) {
                            throw overlapsEarlier(twin);
                        }
                        String town = rs.getString("town");
                        if (town == null) {
                            throw Placement.noTown(subject);
                        }
                        verdicts.put(key, new Verdict(areas.get(key), town, null));
                    } catch (BadRequestException e) {
                        verdicts.put(key, new Verdict(0, null, e));
                    }
                }
            }
        }
    }

    private BadRequestException overlapsEarlier(int key) {
        return new BadRequestException(
                "geometry",
                subject.zh + "与文件第 " + key + " 行的" + subject.zh + "重叠",
                "The " + subject.en + " overlaps the one of row " + key + " of the file",
                Map.of("overlapsRow", key));
    }

    private Array array(String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    /**
     * The geometries of candidates that passed, in WGS84 as their subject stores them (a single write's
     * {@link CheckedGeometry}), by key.
     */
    public Map<Integer, Geometry> geometries(List<Integer> keys) {
        Map<Integer, Geometry> geometries = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT key, ST_AsBinary(ST_Multi(g)) AS wkb FROM geometry_candidate WHERE ok AND key = ANY (?)")) {
            statement.setArray(1, array("int4", keys.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    geometries.put(
                            rs.getInt("key"), GeometryInput.shaped(GeometryInput.wkb(rs.getBytes("wkb")), subject));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a batch's geometries failed: " + e.getMessage(), e);
        }
        return geometries;
    }

    /** Drops the batch's table and gives the connection back (its own rolled back, the caller's kept). */
    @Override
    public void close() {
        if (!own) {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE geometry_candidate");
            } catch (SQLException e) {
                throw new IllegalStateException("Closing a batch of geometry checks failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            return;
        }
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Closing a batch of geometry checks failed: " + e.getMessage(), e);
        }
    }
}
