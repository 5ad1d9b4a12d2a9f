package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.enterprise.EnterpriseRules;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.space.InventoryRules;
import cn.dongguan.cfk.transfer.Outcome.Action;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Units (可租售单元). A row names its unit by {@code id}, or by its building ({@code buildingId}, or
 * {@code parkCode} + {@code buildingName}), floors and {@code position}: the n-th unit of the
 * building on those floors in id order, which may be left out when there is one. A row naming no
 * stored unit is a new unit of its building (its position, when given, the next one). Rows are checked
 * by space's unit rules; the occupant is named by credit code. Changes of occupancy are occupancy
 * events with source IMPORT, as the API records them; a changed unit is confirmed.
 */
@Component
class UnitImport extends RowImport {

    private static final String RESOLVE = staged("""
                       CASE WHEN jsonb_typeof(given->'buildingId') = 'number' THEN (given->>'buildingId')::numeric::bigint END AS building_id,
                       given->>'buildingName' AS building_name,
                       given->>'parkCode' AS park_code,
                       CASE WHEN jsonb_typeof(given->'floorFrom') = 'number' THEN (given->>'floorFrom')::numeric::int END AS floor_from,
                       CASE WHEN jsonb_typeof(given->'floorTo') = 'number' THEN (given->>'floorTo')::numeric::int END AS floor_to,
                       CASE WHEN jsonb_typeof(given->'position') = 'number' THEN (given->>'position')::numeric::int END AS pos,
                       upper(given->>'occupantCreditCode') AS occupant_code""") + """
            , named AS (
                SELECT r.row_no, count(b.id) AS matches, min(b.id) AS building_id
                FROM r JOIN building b ON b.name = r.building_name AND coalesce(b.park_code, '') = coalesce(r.park_code, '')
                WHERE r.building_name IS NOT NULL AND r.building_id IS NULL
                GROUP BY r.row_no
            ), placed AS (
                SELECT r.row_no, r.id, r.building_id, r.building_name, r.park_code, r.floor_from, r.floor_to, r.pos,
                       r.occupant_code, e.id AS occupant_id, byid.id AS unit_id, byid.building_id AS unit_building, bb.id AS given_building,
                       n.building_id AS named_building, coalesce(n.matches, 0) AS name_matches,
                       coalesce(byid.building_id, bb.id, CASE WHEN n.matches = 1 THEN n.building_id END) AS b_id,
                       coalesce(r.floor_to, r.floor_from) AS top
                FROM r
                LEFT JOIN space_unit byid ON byid.id = r.id
                LEFT JOIN building bb ON bb.id = r.building_id
                LEFT JOIN named n ON n.row_no = r.row_no
                LEFT JOIN enterprise e ON e.credit_code = r.occupant_code
            ), ranked AS (
                SELECT u.id, u.building_id, u.floor_from, u.floor_to,
                       row_number() OVER (PARTITION BY u.building_id, u.floor_from, u.floor_to ORDER BY u.id) AS pos,
                       count(*) OVER (PARTITION BY u.building_id, u.floor_from, u.floor_to) AS same
                FROM space_unit u WHERE u.building_id IN (SELECT b_id FROM placed)
            ), floors AS (
                SELECT DISTINCT building_id, floor_from, floor_to, same FROM ranked
            ), matched AS (
                SELECT p.*, CASE WHEN p.id IS NOT NULL THEN p.unit_id ELSE k.id END AS target,
                       coalesce(f.same, 0) AS same_floors
                FROM placed p
                LEFT JOIN ranked k ON p.id IS NULL AND k.building_id = p.b_id AND k.floor_from = p.floor_from
                     AND k.floor_to = p.top AND (k.pos = p.pos OR (p.pos IS NULL AND k.same = 1))
                LEFT JOIN floors f ON f.building_id = p.b_id AND f.floor_from = p.floor_from AND f.floor_to = p.top
            ), keyed AS (
                SELECT m.*, coalesce('u' || m.target, 'n' || m.b_id || ':' || m.floor_from || ':' || m.top || ':'
                                     || coalesce(m.pos::text, '-')) AS k
                FROM matched m
            ), windowed AS (
                SELECT m.*, first_value(m.row_no) OVER (PARTITION BY m.k ORDER BY m.row_no) AS first_row,
                       count(*) FILTER (WHERE m.target IS NULL)
                           OVER (PARTITION BY m.b_id, m.floor_from, m.top) AS new_on_floors
                FROM keyed m
            )
            SELECT m.row_no, g.given::text AS given, m.id, m.target, m.b_id, m.building_id, m.building_name,
                   m.unit_building, m.given_building, m.named_building, m.name_matches, m.same_floors, m.pos,
                   m.first_row, m.new_on_floors, b.park_code, b.floors, b.floor_area_m2,
                   u.version, s.j::text AS stored, coalesce(s.j @> (g.given - %s), false) AS same,
                   m.occupant_code, m.occupant_id
            FROM windowed m
            JOIN r g ON g.row_no = m.row_no
            LEFT JOIN building b ON b.id = m.b_id
            LEFT JOIN space_unit u ON u.id = m.target
            LEFT JOIN enterprise eo ON eo.id = u.occupant_enterprise_id
            LEFT JOIN LATERAL (SELECT jsonb_build_object(
                       'floorFrom', u.floor_from, 'floorTo', u.floor_to, 'areaM2', u.area_m2,
                       'ceilingHeightM', u.ceiling_height_m, 'floorLoadKgM2', u.floor_load_kg_m2,
                       'powerKva', u.power_kva, 'status', u.status, 'vacantAreaM2', u.vacant_area_m2,
                       'rentYuanM2Month', u.rent_yuan_m2_month, 'availableFrom', u.available_from,
                       'occupantEnterpriseId', u.occupant_enterprise_id, 'occupantCreditCode', eo.credit_code) AS j
                   WHERE u.id IS NOT NULL) s ON true
            ORDER BY m.row_no""".formatted(naming());

    /**
     * The imported columns that name a row's unit rather than describe it (id, building, position):
     * left out where the resolving query finds a row that gives only the stored values ({@code same}).
     */
    private static String naming() {
        List<String> stored = new ArrayList<>(InventoryRules.UNIT_FIELDS);
        stored.add("occupantCreditCode");
        return Catalogue.UNITS.stream()
                .filter(Column::imported)
                .map(Column::name)
                .filter(name -> !stored.contains(name))
                .map(name -> "'" + name + "'")
                .collect(java.util.stream.Collectors.joining(", ", "ARRAY[", "]::text[]"));
    }
    ;

    private final InventoryRules rules;
    private final CurrentViewer viewer;
    private final JdbcClient jdbc;

    UnitImport(InventoryRules rules, CurrentViewer viewer, JdbcClient jdbc) {
        super(
                TransferLayer.UNITS,
                RESOLVE,
                List.of(List.of("id"), List.of("buildingId", "floorFrom"), List.of("buildingName", "floorFrom")));
        this.rules = rules;
        this.viewer = viewer;
        this.jdbc = jdbc;
    }

    @Override
    Outcome check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        List<RowError> errors = resolution(rs, row, given);
        if (!errors.isEmpty()) {
            return Outcome.rejected(row, errors);
        }
        String park = rs.getString("park_code");
        if (!viewer.mayChangeInventoryOf(park)) {
            return Outcome.refused(
                    row,
                    "buildingId",
                    given.get("buildingId"),
                    "您无权修改" + (park == null ? "园区外" : "园区 " + park + " ") + "的单元：只有管理员和该园区的管理员可以修改",
                    "You may not change the units of "
                            + (park == null ? "buildings outside the parks" : "park " + park)
                            + ": only administrators and that park's managers may");
        }
        if (rs.getBoolean("same")) {
            // the row repeats the stored unit, which the rules passed when it was written
            return new Outcome(
                    row,
                    Action.UNCHANGED,
                    rs.getLong("target"),
                    rs.getLong("version"),
                    null,
                    null,
                    null,
                    false,
                    List.of());
        }
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        ObjectNode fields = given.deepCopy();
        if (given.has("occupantCreditCode")) {
            String code = rs.getString("occupant_code");
            if (code == null) {
                fields.putNull("occupantEnterpriseId");
            } else {
                try {
                    EnterpriseRules.requireValidCreditCode(code, "occupantCreditCode");
                } catch (BadRequestException e) {
                    return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
                }
                long occupant = rs.getLong("occupant_id");
                if (rs.wasNull()) {
                    return Outcome.refused(
                            row,
                            "occupantCreditCode",
                            given.get("occupantCreditCode"),
                            "信用代码为 " + code + " 的企业未登记：请先导入企业",
                            "No enterprise has the credit code " + code + ": import the enterprise first");
                }
                fields.put("occupantEnterpriseId", occupant);
            }
        }
        ObjectNode merged = Rows.merged(stored, fields, InventoryRules.UNIT_FIELDS);
        if (stored != null && !fields.has("vacantAreaM2") && !Rows.same(merged.get("status"), stored.get("status"))) {
            merged.remove("vacantAreaM2");
        }
        ObjectNode checked;
        try {
            checked = rules.unit(merged, rs.getInt("floors"), rs.getBigDecimal("floor_area_m2"));
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        }
        checked.put("buildingId", rs.getLong("b_id"));
        Long target = (Long) rs.getObject("target");
        if (target == null) {
            return Outcome.added(
                    row,
                    checked,
                    occupantShown(Rows.diff(null, checked, InventoryRules.UNIT_FIELDS), null, given),
                    false);
        }
        ArrayNode diff = occupantShown(Rows.diff(stored, checked, InventoryRules.UNIT_FIELDS), stored, given);
        return Outcome.updated(row, target, rs.getLong("version"), checked, stored, diff, false);
    }

    /** The occupant's change as people know it: by credit code rather than by id. */
    private static ArrayNode occupantShown(ArrayNode diff, ObjectNode stored, ObjectNode given) {
        for (JsonNode change : diff) {
            if (change.get("field").asString().equals("occupantEnterpriseId")) {
                ObjectNode c = (ObjectNode) change;
                c.put("field", "occupantCreditCode");
                c.set("before", stored == null ? Rows.object().nullNode() : stored.path("occupantCreditCode"));
                c.set("after", given.path("occupantCreditCode"));
            }
        }
        return diff;
    }

    private static List<RowError> resolution(ResultSet rs, int row, ObjectNode given) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        Long id = (Long) rs.getObject("id");
        Long unitBuilding = (Long) rs.getObject("unit_building");
        Long givenBuildingId = (Long) rs.getObject("building_id");
        Long givenBuilding = (Long) rs.getObject("given_building");
        Long namedBuilding = (Long) rs.getObject("named_building");
        String buildingName = rs.getString("building_name");
        int nameMatches = rs.getInt("name_matches");
        if (id != null && unitBuilding == null) {
            return Rows.one(row, "id", given.get("id"), "单元 " + id + " 不存在", "Unit " + id + " does not exist");
        }
        if (givenBuildingId != null && givenBuilding == null) {
            return Rows.one(
                    row,
                    "buildingId",
                    given.get("buildingId"),
                    "楼栋 " + givenBuildingId + " 不存在",
                    "Building " + givenBuildingId + " does not exist");
        }
        if (givenBuildingId == null && buildingName != null && nameMatches != 1) {
            String park =
                    given.path("parkCode").isString() ? given.get("parkCode").asString() : null;
            String where = park == null ? "园区外" : "园区 " + park + " 中";
            String whereEn = park == null ? "outside the parks" : "in park " + park;
            return nameMatches == 0
                    ? Rows.one(
                            row,
                            "buildingName",
                            given.get("buildingName"),
                            where + "没有名为 “" + buildingName + "” 的楼栋",
                            "There is no building '" + buildingName + "' " + whereEn)
                    : Rows.one(
                            row,
                            "buildingName",
                            given.get("buildingName"),
                            where + "有 " + nameMatches + " 栋名为 “" + buildingName + "” 的楼栋：请填写楼栋编号 buildingId",
                            "There are " + nameMatches + " buildings '" + buildingName + "' " + whereEn
                                    + ": give the buildingId");
        }
        if (id == null && givenBuildingId == null && buildingName == null) {
            return Rows.one(
                    row,
                    "buildingId",
                    null,
                    "请填写单元编号，或楼栋编号 / 楼栋名称",
                    "Give the unit's id, or its building's id or name");
        }
        if (unitBuilding != null) {
            Long other = givenBuilding != null
                    ? givenBuilding
                    : (givenBuildingId == null && buildingName != null ? namedBuilding : null);
            if (other != null && !other.equals(unitBuilding)) {
                return Rows.one(
                        row,
                        givenBuilding != null ? "buildingId" : "buildingName",
                        given.get(givenBuilding != null ? "buildingId" : "buildingName"),
                        "单元 " + id + " 属于楼栋 " + unitBuilding + "，不是楼栋 " + other + "（单元不能移到其他楼栋）",
                        "Unit " + id + " belongs to building " + unitBuilding + ", not " + other
                                + " (a unit cannot move to another building)");
            }
        }
        if (id == null && !given.path("floorFrom").isNumber()) {
            return Rows.one(row, "floorFrom", given.get("floorFrom"), "缺少起始楼层 floorFrom", "floorFrom is required");
        }
        int firstRow = rs.getInt("first_row");
        if (firstRow != row) {
            errors.add(new RowError(
                    row,
                    id != null ? "id" : "position",
                    Rows.shown(given.get(id != null ? "id" : "position")),
                    "与第 " + firstRow + " 行是同一单元（文件中重复）",
                    "The same unit as row " + firstRow + " (a duplicate within the file)"));
            return errors;
        }
        Object target = rs.getObject("target");
        int same = rs.getInt("same_floors");
        Integer position = (Integer) rs.getObject("pos");
        if (id == null && target == null) {
            if (position == null && same > 1) {
                errors.add(new RowError(
                        row,
                        "position",
                        null,
                        "该楼栋这些楼层有 " + same + " 个单元：请填写同层序号 position（1–" + same + "）或单元编号 id",
                        "The building has " + same + " units on these floors: give the position (1–" + same
                                + ") or the unit's id"));
            } else if (position != null && (position < 1 || position > same + rs.getInt("new_on_floors"))) {
                errors.add(new RowError(
                        row,
                        "position",
                        String.valueOf(position),
                        "同层序号应在 1 到 " + (same + 1) + " 之间（该楼栋这些楼层已有 " + same + " 个单元）",
                        "position must be from 1 to " + (same + 1) + " (the building has " + same
                                + " units on these floors)"));
            }
        }
        return errors;
    }

    @Override
    public void commit(long job, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        String occupancy = String.join(",", InventoryRules.OCCUPANCY_FIELDS);
        int expected = jdbc.sql("SELECT count(*) FROM import_outcome WHERE job_id = ? AND action = 'CHANGED'")
                .param(job)
                .query(Integer.class)
                .single();
        // Events first, from the outcomes: before and after as the API records them, when occupancy changed.
        jdbc.sql("""
                INSERT INTO occupancy_event (unit_id, occurred_at, actor, source, before, after)
                SELECT o.target_id, :at, :actor, 'IMPORT', b.j, a.j
                FROM import_outcome o
                CROSS JOIN LATERAL (SELECT jsonb_object_agg(k, o.stored->k) AS j FROM unnest(string_to_array(:fields, ',')) k) b
                CROSS JOIN LATERAL (SELECT jsonb_object_agg(k, o.checked->k) AS j FROM unnest(string_to_array(:fields, ',')) k) a
                WHERE o.job_id = :job AND o.action = 'CHANGED' AND b.j <> a.j""")
                .param("at", at)
                .param("actor", actor)
                .param("fields", occupancy)
                .param("job", job)
                .update();
        int updated = jdbc.sql("""
                UPDATE space_unit u SET
                    floor_from = (c->>'floorFrom')::int, floor_to = (c->>'floorTo')::int,
                    area_m2 = (c->>'areaM2')::numeric, ceiling_height_m = (c->>'ceilingHeightM')::numeric,
                    floor_load_kg_m2 = (c->>'floorLoadKgM2')::numeric, power_kva = (c->>'powerKva')::numeric,
                    status = c->>'status', vacant_area_m2 = (c->>'vacantAreaM2')::numeric,
                    rent_yuan_m2_month = (c->>'rentYuanM2Month')::numeric, available_from = (c->>'availableFrom')::date,
                    occupant_enterprise_id = (c->>'occupantEnterpriseId')::bigint,
                    last_confirmed_at = :at, version = u.version + 1
                FROM (SELECT target_id, target_version, checked AS c FROM import_outcome
                      WHERE job_id = :job AND action = 'CHANGED') o
                WHERE u.id = o.target_id AND u.version = o.target_version""").param("at", at).param("job", job).update();
        StaleImportException.requireAll(updated, expected, "单元|units");
        jdbc.sql("""
                UPDATE import_outcome SET new_id = nextval(pg_get_serial_sequence('space_unit', 'id'))
                WHERE job_id = ? AND action = 'NEW'""").param(job).update();
        jdbc.sql("""
                INSERT INTO space_unit (id, building_id, floor_from, floor_to, area_m2, vacant_area_m2, ceiling_height_m,
                                        floor_load_kg_m2, power_kva, rent_yuan_m2_month, status, available_from,
                                        occupant_enterprise_id, last_confirmed_at)
                SELECT o.new_id, (c->>'buildingId')::bigint, (c->>'floorFrom')::int, (c->>'floorTo')::int,
                       (c->>'areaM2')::numeric, (c->>'vacantAreaM2')::numeric, (c->>'ceilingHeightM')::numeric,
                       (c->>'floorLoadKgM2')::numeric, (c->>'powerKva')::numeric, (c->>'rentYuanM2Month')::numeric,
                       c->>'status', (c->>'availableFrom')::date, (c->>'occupantEnterpriseId')::bigint, :at
                FROM import_outcome o CROSS JOIN LATERAL (SELECT o.checked AS c) x
                WHERE o.job_id = :job AND o.action = 'NEW' ORDER BY o.row_no""").param("at", at).param("job", job).update();
        jdbc.sql("""
                INSERT INTO occupancy_event (unit_id, occurred_at, actor, source, before, after)
                SELECT o.new_id, :at, :actor, 'IMPORT', NULL,
                       (SELECT jsonb_object_agg(k, o.checked->k) FROM unnest(string_to_array(:fields, ',')) k)
                FROM import_outcome o WHERE o.job_id = :job AND o.action = 'NEW'""")
                .param("at", at)
                .param("actor", actor)
                .param("fields", occupancy)
                .param("job", job)
                .update();
    }
}
