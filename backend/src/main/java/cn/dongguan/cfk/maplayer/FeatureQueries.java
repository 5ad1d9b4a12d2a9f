package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.BBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of a collection, in SQL. The bbox is made in the table's SRID, so the GiST index is used;
 * filters are the catalogue's columns with bound values; pages are in id order, so they never overlap.
 */
@Repository
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class FeatureQueries {

    record Page(long numberMatched, List<Feature> features) {}

    private final JdbcClient jdbc;
    private final LayerVersions versions;

    FeatureQueries(JdbcClient jdbc, LayerVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    Page page(Layer layer, ItemsQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(layer, query, params);
        long matched = jdbc.sql("SELECT count(*) FROM " + layer.table() + " t " + where)
                .params(params)
                .query(Long.class)
                .single();
        if (query.offset() >= matched) {
            return new Page(matched, List.of());
        }
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        bindTime(layer, params);
        String sql = select(
                layer, """
                FROM (SELECT t.* FROM %s t %s ORDER BY %s LIMIT :limit OFFSET :offset) t
                """.formatted(layer.table(), where, layer.features().idColumn()));
        List<Feature> features = jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> feature(layer, rs))
                .list();
        return new Page(matched, features);
    }

    Optional<Feature> one(Layer layer, String featureId) {
        Map<String, Object> params = new HashMap<>();
        if (layer.features().numericId()) {
            try {
                params.put("id", Long.parseLong(featureId));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        } else {
            params.put("id", featureId);
        }
        bindTime(layer, params);
        String sql = select(
                layer,
                "FROM (SELECT t.* FROM %s t WHERE %s = :id) t\n"
                        .formatted(layer.table(), layer.features().idColumn()));
        return jdbc.sql(sql).params(params).query((rs, i) -> feature(layer, rs)).optional();
    }

    private static String select(Layer layer, String from) {
        String properties = layer.features().properties().stream()
                .map(f -> "'" + f.name() + "', " + f.sql())
                .collect(Collectors.joining(",\n        "));
        return """
                SELECT %1$s AS id, ST_AsGeoJSON(t.geom, 7) AS geometry,
                       json_build_object(
                        %2$s)::text AS properties
                %3$s%4$s
                ORDER BY %1$s""".formatted(
                layer.features().idColumn(), properties, from, layer.features().joins());
    }

    private static String where(Layer layer, ItemsQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("WHERE true");
        if (query.bbox() != null) {
            BBox b = query.bbox();
            params.putAll(b.sqlParams());
            where.append(" AND ")
                    .append(b.overlapsSql("t.geom"))
                    .append(" AND ")
                    .append(b.intersectsSql("t.geom"));
        }
        int i = 0;
        for (Map.Entry<Queryable, String> filter : query.filters().entrySet()) {
            String name = "q" + i++;
            params.put(name, filter.getValue());
            where.append(" AND ")
                    .append(filter.getKey().column())
                    .append(" = :")
                    .append(name);
        }
        return where.toString();
    }

    private void bindTime(Layer layer, Map<String, Object> params) {
        if (layer.timeDependent()) {
            params.put("staleBefore", versions.staleBefore().atOffset(ZoneOffset.UTC));
        }
    }

    private static Feature feature(Layer layer, ResultSet rs) throws SQLException {
        Object id = layer.features().numericId() ? (Object) rs.getLong("id") : rs.getString("id");
        return new Feature(id, rs.getString("geometry"), rs.getString("properties"));
    }
}
