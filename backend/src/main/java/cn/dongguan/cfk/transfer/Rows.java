package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ForbiddenException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Row values as JSON objects of the API's field names: merged over the stored record, compared, refused. */
final class Rows {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Rows() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ObjectNode parse(String json) {
        return json == null ? null : (ObjectNode) JSON.readTree(json);
    }

    /** The stored record with the given values over it, as a merge patch (a given null clears). */
    static ObjectNode merged(ObjectNode stored, ObjectNode given, Collection<String> fields) {
        ObjectNode merged = object();
        for (String field : fields) {
            if (given.has(field)) {
                merged.set(field, given.get(field));
            } else if (stored != null && stored.has(field) && !stored.get(field).isNull()) {
                merged.set(field, stored.get(field));
            }
        }
        return merged;
    }

    /** The fields whose values differ, each as {field, before, after}. */
    static ArrayNode diff(ObjectNode stored, ObjectNode checked, Collection<String> fields) {
        ArrayNode diff = NODES.arrayNode();
        for (String field : fields) {
            JsonNode before = stored == null ? NODES.nullNode() : stored.path(field);
            JsonNode after = checked.path(field);
            if (!same(before, after)) {
                ObjectNode change = diff.addObject();
                change.put("field", field);
                change.set("before", before.isMissingNode() ? NODES.nullNode() : before);
                change.set("after", after.isMissingNode() ? NODES.nullNode() : after);
            }
        }
        return diff;
    }

    static boolean none(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    static boolean same(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isNull() || a.isMissingNode();
        boolean bNone = b == null || b.isNull() || b.isMissingNode();
        if (aNone || bNone) {
            return aNone && bNone;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** A refusal of the rules as a row error, with the value the row gave for the field. */
    static RowError refused(int row, BadRequestException e, ObjectNode given) {
        return new RowError(row, e.field(), shown(given.get(e.field())), e.messageZh(), e.getMessage());
    }

    static RowError forbidden(int row, ForbiddenException e, String field, String value) {
        return new RowError(row, field, value, e.messageZh(), e.getMessage());
    }

    static String shown(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isString() ? value.asString() : value.toString();
    }

    static List<RowError> one(int row, String field, JsonNode value, String zh, String en) {
        return List.of(new RowError(row, field, shown(value), zh, en));
    }

    /**
     * A diff's entry for a new geometry: its type and number of vertices, which the preview's table can
     * show, not its coordinates (the commit reads those from the checked values).
     */
    static void geometryChanged(ArrayNode diff, JsonNode geometry) {
        ObjectNode change = diff.addObject();
        change.put("field", "geometryWkt");
        change.putNull("before");
        String type = geometry.path("type").asString("");
        int vertices = positions(geometry.get("coordinates"));
        change.put("after", "新" + type + "，" + vertices + " 个顶点 · new " + type + ", " + vertices + " vertices");
    }

    /** The vertices of GeoJSON coordinates at any depth, a closed ring's repeated first one counted once. */
    private static int positions(JsonNode coordinates) {
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            return 0;
        }
        if (coordinates.get(0).isNumber()) {
            return 1;
        }
        if (coordinates.get(0).path(0).isNumber()) {
            boolean closed =
                    coordinates.size() > 1 && coordinates.get(0).equals(coordinates.get(coordinates.size() - 1));
            return coordinates.size() - (closed ? 1 : 0);
        }
        int n = 0;
        for (JsonNode c : coordinates) {
            n += positions(c);
        }
        return n;
    }

    /**
     * A row refused as naming what an earlier row of the file names: {@code what} says in Chinese and
     * English what the two share ("同一园区", "the same park").
     */
    static Outcome duplicate(int row, int first, String field, ObjectNode given, String whatZh, String whatEn) {
        return Outcome.refused(
                row,
                field,
                given.get(field),
                "与第 " + first + " 行重复（" + whatZh + "）",
                "A duplicate of row " + first + " (" + whatEn + ")");
    }

    /**
     * The outcome of a row of a layer without footprints or versions: the stored record's fields with
     * the row's over them, checked by {@code rules} (REJECTED with its 400), NEW when the row names no
     * record, else CHANGED, with the diff over {@code fields}.
     */
    static Outcome checked(
            int row,
            ObjectNode given,
            ObjectNode stored,
            Long target,
            List<String> fields,
            UnaryOperator<ObjectNode> rules) {
        ObjectNode checked;
        try {
            checked = rules.apply(merged(stored, given, fields));
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(refused(row, e, given)));
        }
        ArrayNode diff = diff(stored, checked, fields);
        if (target == null) {
            return Outcome.added(row, checked, diff, false);
        }
        return Outcome.updated(row, target, null, checked, stored, diff, false);
    }

    /** Whether the row gives a geometry (its {@code geometryWkt} read as GeoJSON). */
    static boolean hasGeometry(ObjectNode given) {
        JsonNode geometry = given.get("geometry");
        return geometry != null && geometry.isObject();
    }

    /**
     * Whether a row leaves a stored record's geometry as it is: it gives none, or gives the stored one
     * (the resolving query's {@code same_geometry}, which compares geographic coordinates only: a file
     * in a projected CRS always gives a new geometry).
     */
    static boolean keepsGeometry(boolean hasGeometry, ResultSet resolved) throws SQLException {
        return !hasGeometry || resolved.getBoolean("same_geometry");
    }
}
