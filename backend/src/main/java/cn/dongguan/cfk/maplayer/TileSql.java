package cn.dongguan.cfk.maplayer;

import java.util.stream.Collectors;

/**
 * The one statement that makes a tile (after pg_tileserv): the features whose bounding box meets the
 * tile plus its buffer, found through the GiST index on the WGS84 geometry, at most the layer's cap of
 * them (the largest first), simplified below the layer's simplification zoom, clipped and quantised by
 * {@code ST_AsMVTGeom} and encoded by {@code ST_AsMVT}, which skips the features that clipping left
 * without geometry (a {@code WHERE geom IS NOT NULL} would make PostgreSQL compute ST_AsMVTGeom twice).
 * It also reads the layer's data version in the same snapshot, so a tile is never labelled with a
 * version older than its data.
 *
 * <p>Parameters: {@code :z :x :y}, {@code :layer}, and {@code :staleBefore} for time-dependent layers,
 * {@code :tolerance} when simplifying; the cap is configured ({@link MapLayerProperties.Tiles}).
 * {@code bench/tiles.sh} runs the same text through pgbench (see {@link #main}).
 */
final class TileSql {

    static final int EXTENT = 4096;
    static final int BUFFER = 64;

    private TileSql() {}

    static String statement(Layer layer, boolean simplify, int maxFeatures) {
        Layer.Tiles tiles = layer.tiles();
        String geometry =
                simplify ? "ST_Simplify(ST_Transform(t.geom, 3857), :tolerance, true)" : "ST_Transform(t.geom, 3857)";
        String columns = tiles.fields().stream()
                .map(f -> f.sql() + " AS \"" + f.name() + "\"")
                .collect(Collectors.joining(",\n           "));
        return """
                WITH bounds AS (
                    SELECT ST_TileEnvelope(:z, :x, :y) AS tile,
                           ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => %5$s), 4326) AS filter
                ), picked AS (
                    SELECT t.* FROM %1$s t, bounds
                    WHERE t.geom && bounds.filter
                    ORDER BY ST_Area(t.geom) DESC, %6$s
                    LIMIT %7$d
                ), mvt AS (
                    SELECT %8$s AS mvt_id,
                           %2$s,
                           ST_AsMVTGeom(%3$s, bounds.tile, %9$d, %10$d, true) AS geom
                    FROM picked t
                    %4$s
                    CROSS JOIN bounds
                )
                SELECT (SELECT version FROM layer_version WHERE layer = :layer) AS version,
                       (SELECT ST_AsMVT(mvt.*, '%11$s', %9$d, 'geom', 'mvt_id') FROM mvt) AS tile
                """.formatted(
                        layer.table(),
                        columns,
                        geometry,
                        tiles.joins(),
                        margin(),
                        layer.features().idColumn(),
                        maxFeatures,
                        tiles.featureIdColumn(),
                        EXTENT,
                        BUFFER,
                        layer.id());
    }

    static String margin() {
        return Double.toString((double) BUFFER / EXTENT);
    }

    /**
     * Prints a layer's statement, with the default cap, for pgbench:
     * {@code java -cp backend/target/classes:… TileSql buildings [simplify]}.
     */
    public static void main(String[] args) {
        Layer layer = Layers.byId(args.length > 0 ? args[0] : "buildings")
                .orElseThrow(() -> new IllegalArgumentException("layers: towns, parks, buildings, parcels"));
        int maxFeatures = MapLayerProperties.defaults().tiles().maxFeatures(layer);
        System.out.println(statement(layer, args.length > 1 && args[1].equals("simplify"), maxFeatures)
                        .strip()
                + ";");
    }
}
