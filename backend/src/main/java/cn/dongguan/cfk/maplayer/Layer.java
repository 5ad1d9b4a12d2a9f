package cn.dongguan.cfk.maplayer;

import java.util.List;
import java.util.Optional;

/**
 * A map layer: one table, served as vector tiles, as an OGC API – Features collection and to the web
 * map ({@code /api/map/{id}}).
 *
 * @param table         the table, aliased {@code t} in every statement
 * @param timeDependent whether attributes depend on the date (buildings' {@code stale}), so that their
 *                      version includes the freshness cut-off
 * @param staffOnly     evaluation results (亩均 grades): served to staff and administrators only, never
 *                      listed for or cached by anyone else ({@link LayerAccess})
 */
record Layer(
        String id,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        String table,
        boolean timeDependent,
        boolean staffOnly,
        Tiles tiles,
        Features features,
        WebMap webMap) {

    /**
     * @param simplifyBelowZoom below this zoom geometries are simplified to the tile's pixel size
     * @param featureIdColumn   the integer column that becomes the MVT feature id (every layer has one)
     * @param joins             SQL joined to {@code picked t} for the attributes
     */
    record Tiles(
            int minZoom,
            int maxZoom,
            int simplifyBelowZoom,
            String featureIdColumn,
            String joins,
            List<Field> fields) {}

    /**
     * @param idColumn  the column that is the feature id ({@code /items/{featureId}}) and the paging order
     * @param numericId whether feature ids are integers (else strings)
     * @param joins     SQL joined to {@code t} for the properties
     */
    record Features(
            String idColumn, boolean numericId, String joins, List<Field> properties, List<Queryable> queryables) {}

    /**
     * The layer as the web map draws it: a GeoJSON FeatureCollection with these properties, the whole
     * layer (towns, parks) or the features in the map's view, capped ({@link MapLayerProperties.WebMap}).
     *
     * @param simplifyDegrees a tolerance to simplify boundaries by (towns), or 0
     * @param digits          decimal places of the coordinates
     * @param joins           SQL joined to {@code t} for the properties
     */
    record WebMap(double simplifyDegrees, int digits, String joins, List<Field> properties) {}

    String title() {
        return titleZh + " · " + titleEn;
    }

    String description() {
        return descriptionZh + " / " + descriptionEn;
    }

    boolean hasTilesAt(int zoom) {
        return zoom >= tiles.minZoom() && zoom <= tiles.maxZoom();
    }

    Optional<Queryable> queryable(String name) {
        return features.queryables().stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
