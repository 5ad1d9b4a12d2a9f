package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.space.InventoryRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Buildings (楼栋). A row names its building by {@code id}; or by a point ({@code lon}, {@code lat},
 * WGS84) inside a stored footprint, as for footprints loaded from GIS files without names; or by
 * {@code parkCode} + {@code name}. A row naming none is a new building, whose footprint is its
 * {@code geometryWkt}; a stored building's WKT replaces its footprint. Rows are checked by space's
 * building rules, footprints by geometry's pipeline, scope by CurrentViewer.
 */
@Component
class BuildingImport extends PlacedImport {

    private static final String RESOLVE = staged("""
                       given->>'name' AS name, given->>'parkCode' AS park_code,
                       CASE WHEN jsonb_typeof(given->'lon') = 'number' AND jsonb_typeof(given->'lat') = 'number'
                            THEN ST_SetSRID(ST_MakePoint((given->>'lon')::float8, (given->>'lat')::float8), 4326) END AS pt,
                       CASE WHEN jsonb_typeof(given->'geometry') = 'object' THEN given->'geometry' END AS geometry""") + """
            , named AS (
                SELECT r.row_no, count(b.id) AS matches, min(b.id) AS building_id
                FROM r JOIN building b ON b.name = r.name AND b.park_code IS NOT DISTINCT FROM r.park_code
                WHERE r.id IS NULL AND r.name IS NOT NULL GROUP BY r.row_no
            ), pointed AS (
                SELECT r.row_no, min(b.id) AS building_id
                FROM r JOIN building b ON r.id IS NULL AND r.pt IS NOT NULL AND ST_Intersects(b.geom, r.pt)
                GROUP BY r.row_no
            ), matched AS (
                SELECT r.*, byid.id AS by_id, coalesce(n.matches, 0) AS name_matches, n.building_id AS named,
                       p.building_id AS pointed,
                       CASE WHEN r.id IS NOT NULL THEN byid.id
                            WHEN p.building_id IS NOT NULL THEN p.building_id
                            WHEN n.matches = 1 THEN n.building_id END AS target
                FROM r
                LEFT JOIN building byid ON byid.id = r.id
                LEFT JOIN named n ON n.row_no = r.row_no
                LEFT JOIN pointed p ON p.row_no = r.row_no
            )
            SELECT m.row_no, m.given::text AS given, m.id, m.target, m.name_matches, m.named, m.pointed,
                   m.pt IS NOT NULL AS has_point,
                   first_value(m.row_no) OVER (PARTITION BY coalesce('b' || m.target,
                       'n' || coalesce(m.park_code, '-') || ':' || coalesce(m.name, '#' || m.row_no))
                       ORDER BY m.row_no) AS first_row,
                   b.version, b.park_code AS stored_park,
                   CASE WHEN b.id IS NOT NULL THEN jsonb_build_object(
                       'parkCode', b.park_code, 'name', b.name, 'address', b.address, 'type', b.type,
                       'floors', b.floors, 'floorAreaM2', b.floor_area_m2, 'structure', b.structure,
                       'yearBuilt', b.year_built, 'landTenure', b.land_tenure, 'titleCertificate', b.title_certificate,
                       'cargoLiftCount', b.cargo_lift_count, 'cargoLiftTonnes', b.cargo_lift_tonnes,
                       'fireHazardClass', b.fire_hazard_class)::text END AS stored,
                   ST_AsBinary(b.geom) AS geom_wkb,
                   coalesce((SELECT max(u.floor_to) FROM space_unit u WHERE u.building_id = b.id), 0) AS highest_floor,
                   import_same_geometry(m.geometry, m.job_crs, b.geom) AS same_geometry
            FROM matched m LEFT JOIN building b ON b.id = m.target
            ORDER BY m.row_no""";

    /** By id, by park code and name, or by a point inside the footprint. */
    private static final List<List<String>> IDENTITIES = List.of(List.of("id"), List.of("name"), List.of("lon", "lat"));

    private final InventoryRules rules;

    BuildingImport(InventoryRules rules, Placements placements, CurrentViewer viewer, JdbcClient jdbc) {
        super(TransferLayer.BUILDINGS, RESOLVE, IDENTITIES, Subject.BUILDING, placements, viewer, jdbc);
        this.rules = rules;
    }

    @Override
    Outcome refusal(ResultSet rs, int row, ObjectNode given) throws SQLException {
        List<RowError> errors = resolution(rs, row, given);
        return errors.isEmpty() ? null : Outcome.rejected(row, errors);
    }

    @Override
    List<String> fields() {
        return InventoryRules.BUILDING_FIELDS;
    }

    @Override
    ObjectNode rules(ObjectNode merged, ResultSet rs) throws SQLException {
        return rules.building(merged, rs.getInt("highest_floor"));
    }

    @Override
    Outcome needsGeometry(int row) {
        return Outcome.refused(
                row,
                "geometryWkt",
                null,
                "新楼栋需要轮廓 geometryWkt（要更新已有楼栋，请填写编号、园区编号 + 名称，或轮廓内一点的经纬度）",
                "A new building needs its footprint in geometryWkt (to update a stored one, give its id, park code and"
                        + " name, or a point inside it)");
    }

    /** The floor area, when not given, from the footprint's area. */
    @Override
    void complete(ObjectNode checked, Double areaM2) {
        if (Rows.none(checked.get("floorAreaM2"))) {
            checked.put(
                    "floorAreaM2",
                    InventoryRules.floorAreaOf(checked.get("floors").asInt(), areaM2));
        }
    }

    @Override
    Double keptArea(ObjectNode checked, Geometry stored) {
        return Rows.none(checked.get("floorAreaM2")) ? placements.areaM2(stored) : null;
    }

    private static List<RowError> resolution(ResultSet rs, int row, ObjectNode given) throws SQLException {
        Long id = (Long) rs.getObject("id");
        Long target = (Long) rs.getObject("target");
        Long named = (Long) rs.getObject("named");
        Long pointed = (Long) rs.getObject("pointed");
        int matches = rs.getInt("name_matches");
        boolean hasPoint = rs.getBoolean("has_point");
        boolean hasGeometry = given.path("geometry").isObject();
        if (id != null && target == null) {
            return Rows.one(row, "id", given.get("id"), "楼栋 " + id + " 不存在", "Building " + id + " does not exist");
        }
        if (id == null && hasPoint && pointed == null && !hasGeometry) {
            return Rows.one(
                    row,
                    "lon",
                    given.get("lon"),
                    "经纬度 " + Rows.shown(given.get("lon")) + ", " + Rows.shown(given.get("lat")) + " 不在任何楼栋轮廓内",
                    "The point " + Rows.shown(given.get("lon")) + ", " + Rows.shown(given.get("lat"))
                            + " lies inside no building's footprint");
        }
        if (id == null && pointed != null && matches == 1 && !named.equals(pointed)) {
            return Rows.one(
                    row,
                    "name",
                    given.get("name"),
                    "经纬度指向楼栋 " + pointed + "，名称却是楼栋 " + named + " 的",
                    "The point names building " + pointed + " but the name is building " + named + "'s");
        }
        if (id == null && pointed == null && matches > 1) {
            return Rows.one(
                    row,
                    "name",
                    given.get("name"),
                    "有 " + matches + " 栋楼名为 “" + Rows.shown(given.get("name")) + "”：请填写编号 id",
                    "There are " + matches + " buildings named '" + Rows.shown(given.get("name")) + "': give the id");
        }
        int first = rs.getInt("first_row");
        if (first != row) {
            return Rows.one(
                    row,
                    id != null ? "id" : "name",
                    given.get(id != null ? "id" : "name"),
                    "与第 " + first + " 行是同一楼栋（文件中重复）",
                    "The same building as row " + first + " (a duplicate within the file)");
        }
        return List.of();
    }

    @Override
    List<String[]> columns() {
        return List.of(
                new String[] {"park_code", "c->>'parkCode'"},
                new String[] {"name", "c->>'name'"},
                new String[] {"address", "c->>'address'"},
                new String[] {"type", "c->>'type'"},
                new String[] {"floors", "(c->>'floors')::int"},
                new String[] {"floor_area_m2", "(c->>'floorAreaM2')::numeric"},
                new String[] {"structure", "c->>'structure'"},
                new String[] {"year_built", "(c->>'yearBuilt')::int"},
                new String[] {"land_tenure", "c->>'landTenure'"},
                new String[] {"title_certificate", "(c->>'titleCertificate')::boolean"},
                new String[] {"cargo_lift_count", "(c->>'cargoLiftCount')::int"},
                new String[] {"cargo_lift_tonnes", "(c->>'cargoLiftTonnes')::numeric"},
                new String[] {"fire_hazard_class", "c->>'fireHazardClass'"});
    }

    @Override
    List<String[]> placedColumns() {
        return List.of(new String[] {"town_code", "o.town"}, new String[] {"geom", "o.geom"});
    }
}
