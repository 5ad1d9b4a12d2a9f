package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.BBox;
import cn.dongguan.cfk.shared.SqlConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web map's layers in SQL, from the catalogue's {@link Layer.WebMap} declarations: the whole layer,
 * or the features whose bounding box meets a box (through the GiST index), in id order, at most a cap
 * of them and one more to tell whether there were more.
 */
@Repository
@Transactional(readOnly = true)
class WebMapQueries {

    private final JdbcClient jdbc;
    private final LayerVersions versions;

    WebMapQueries(JdbcClient jdbc, LayerVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Every feature of a layer that is sent whole. */
    List<Feature> whole(Layer layer) {
        return query(layer, new SqlConditions(), "");
    }

    /**
     * Up to {@code limit} + 1 features meeting {@code box} that satisfy {@code filter} (conditions on the
     * layer's table aliased {@code t}).
     */
    List<Feature> inBox(Layer layer, BBox box, SqlConditions filter, int limit) {
        filter.always(box.overlapsSql("t.geom")).params(box.sqlParams()).param("limit", limit + 1);
        return query(layer, filter, "LIMIT :limit");
    }

    private List<Feature> query(Layer layer, SqlConditions where, String limit) {
        Layer.WebMap map = layer.webMap();
        String id = layer.features().idColumn();
        String geometry = map.simplifyDegrees() > 0
                ? "ST_SimplifyPreserveTopology(t.geom, " + map.simplifyDegrees() + ")"
                : "t.geom";
        String properties = map.properties().stream()
                .map(f -> "'" + f.name() + "', " + f.sql())
                .collect(Collectors.joining(",\n        "));
        String sql =
                """
                SELECT %1$s AS id, ST_AsGeoJSON(%2$s, %3$d) AS geometry,
                       json_build_object(
                        %4$s)::text AS properties
                FROM (SELECT t.* FROM %5$s t %6$s ORDER BY %1$s %7$s) t
                %8$s
                ORDER BY %1$s""".formatted(id, geometry, map.digits(), properties, layer.table(), where.where(), limit, map.joins());
        if (layer.timeDependent()) {
            where.param("staleBefore", versions.staleBefore().atOffset(ZoneOffset.UTC));
        }
        return jdbc.sql(sql)
                .params(where.params())
                .query((rs, i) -> feature(layer, rs))
                .list();
    }

    private static Feature feature(Layer layer, ResultSet rs) throws SQLException {
        Object id = layer.features().numericId() ? (Object) rs.getLong("id") : rs.getString("id");
        return new Feature(id, rs.getString("geometry"), rs.getString("properties"));
    }
}
