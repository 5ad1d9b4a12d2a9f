package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.shared.BadRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Town and park boundaries of an import: each read and checked by geometry's pipeline (CRS, validity
 * with reason and location, extent), and, when boundaries changed, the records that follow from them
 * brought in line in the commit's transaction: the town of every building and parcel (the town
 * holding its point on surface, as for any write) and the towns of every park (those its boundary
 * overlaps). A building or parcel that would lie in no town refuses the commit.
 */
@Component
record Boundaries(Footprints footprints, JdbcClient jdbc) {

    /** The row's boundary in WGS84, checked; 400 problems naming {@code geometry} otherwise. */
    Geometry read(JsonNode geometry, String crs, Subject subject) {
        ObjectNode body = Rows.object();
        body.set("geometry", geometry);
        if (crs != null) {
            body.put("crs", crs);
        }
        return footprints.boundary(body, subject);
    }

    /**
     * A town's or park's checked row as its outcome: a boundary the row gives that is not the stored
     * one is read ({@link #read}) and held to {@code holds} (a 400 of either rejects the row), and joins
     * the diff; a row without one keeps the stored boundary.
     */
    Outcome outcome(
            Subject subject,
            int row,
            ResultSet rs,
            LayerImport.CheckContext context,
            ObjectNode given,
            Changes changes,
            Consumer<Geometry> holds)
            throws SQLException {
        JsonNode geometry = given.get("geometry");
        String crs = context.job().crs();
        boolean isNew = changes.stored() == null;
        boolean sameGeometry = !Rows.hasGeometry(given) || !isNew && Rows.keepsGeometry(true, rs);
        ArrayNode diff = Rows.diff(changes.stored(), changes.checked(), changes.fields());
        if (!sameGeometry) {
            try {
                Geometry boundary = read(geometry, crs, subject);
                holds.accept(boundary);
                changes.checked().set("boundary", Rows.parse(GeoJsonText.of(boundary)));
            } catch (BadRequestException e) {
                return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
            }
            Rows.geometryChanged(diff, geometry);
        }
        if (isNew) {
            return Outcome.added(row, changes.checked(), diff, true);
        }
        return Outcome.updated(row, null, changes.version(), changes.checked(), changes.stored(), diff, !sameGeometry);
    }

    /**
     * A row's fields as stored (null for a new record) and as checked, over the layer's fields.
     *
     * @param version the stored record's version, for those that have one
     */
    record Changes(ObjectNode stored, ObjectNode checked, List<String> fields, Long version) {}

    /** After boundaries changed: towns of buildings, parcels and parks follow them. */
    void refreshTowns() {
        for (String table : new String[] {"building", "parcel"}) {
            String lost = jdbc.sql("""
                            SELECT string_agg(id::text, ', ') FROM (
                                SELECT f.id FROM %s f
                                WHERE NOT EXISTS (SELECT 1 FROM town t WHERE ST_Intersects(t.geom, ST_PointOnSurface(f.geom)))
                                ORDER BY f.id LIMIT 5) x""".formatted(table))
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (lost != null) {
                String zh = table.equals("building") ? "楼栋" : "地块";
                throw new StaleImportException(
                        "新的镇街边界之外还有" + zh + "（编号 " + lost + " 等）：每个" + zh + "都应位于某个镇街内，未写入任何数据",
                        "Some " + table + "s would lie in no town under the new boundaries (ids " + lost
                                + ", …): every " + table + " must lie in a town; nothing was written");
            }
            jdbc.sql("""
                    UPDATE %1$s f SET town_code = n.code, version = f.version + 1
                    FROM (SELECT g.id, (SELECT t.code FROM town t WHERE ST_Intersects(t.geom, ST_PointOnSurface(g.geom))
                                        ORDER BY t.code LIMIT 1) AS code
                          FROM %1$s g) n
                    WHERE n.id = f.id AND n.code <> f.town_code""".formatted(table)).update();
        }
        jdbc.sql("""
                CREATE TEMPORARY TABLE IF NOT EXISTS park_town_next (park_code varchar(6), town_code varchar(32))
                ON COMMIT DROP""").update();
        jdbc.sql("DELETE FROM park_town_next").update();
        jdbc.sql("""
                INSERT INTO park_town_next
                SELECT p.code, t.code FROM park p JOIN town t ON ST_Intersects(p.geom, t.geom)
                WHERE ST_Area(ST_Intersection(p.geom, t.geom)::geography) > 1""").update();
        // a park that would overlap no town keeps the towns it has
        jdbc.sql("""
                DELETE FROM park_town pt
                WHERE EXISTS (SELECT 1 FROM park_town_next n WHERE n.park_code = pt.park_code)
                  AND NOT EXISTS (SELECT 1 FROM park_town_next n WHERE n.park_code = pt.park_code AND n.town_code = pt.town_code)""").update();
        jdbc.sql("INSERT INTO park_town SELECT park_code, town_code FROM park_town_next ON CONFLICT DO NOTHING")
                .update();
    }
}
