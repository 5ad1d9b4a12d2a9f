package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.ConfigDefaults;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The map layers' settings and limits. A request over a limit is refused with a 400 naming the
 * parameter (the API's one policy), never clamped.
 *
 * @param tileCacheSize    the in-memory cache of rendered tiles, per app instance; 0 turns it off
 * @param tileMaxAge       how long HTTP caches may use a tile without asking again; 0 means they revalidate
 *                         every time with the ETag ({@code no-cache}), so an edit shows on the next request
 * @param listenForChanges keep the layers' data versions in memory, told of changes by PostgreSQL
 *                         (LISTEN/NOTIFY); false reads them on every request
 * @param tiles            at most this many features in a tile of each layer, the largest first
 * @param items            OGC API – Features: the page size {@code limit}
 * @param webMap           the web map: at most this many features in one answer of a bounded layer
 */
@ConfigurationProperties("cfk.maplayer")
record MapLayerProperties(
        @DefaultValue("64MB") DataSize tileCacheSize,
        @DefaultValue("0s") Duration tileMaxAge,
        @DefaultValue("true") boolean listenForChanges,
        @DefaultValue Tiles tiles,
        @DefaultValue Items items,
        @DefaultValue WebMap webMap) {

    record Tiles(
            @DefaultValue("1000") int towns,
            @DefaultValue("1000") int parks,
            @DefaultValue("5000") int buildings,
            @DefaultValue("5000") int parcels) {

        int maxFeatures(Layer layer) {
            return switch (layer.id()) {
                case "towns" -> towns;
                case "parks" -> parks;
                case "buildings" -> buildings;
                case "parcels" -> parcels;
                default -> throw new IllegalArgumentException(layer.id());
            };
        }
    }

    /**
     * @param defaultLimit the page size when the request gives no {@code limit}
     * @param maxLimit     the largest {@code limit}
     */
    record Items(
            @DefaultValue("100") int defaultLimit,
            @DefaultValue("10000") int maxLimit) {}

    /** The largest (and default) {@code limit} of {@code /api/map/buildings} and {@code /api/map/parcels}. */
    record WebMap(
            @DefaultValue("1500") int buildings,
            @DefaultValue("2000") int parcels) {

        int maxFeatures(Layer layer) {
            return switch (layer.id()) {
                case "buildings" -> buildings;
                case "parcels" -> parcels;
                default -> throw new IllegalArgumentException(layer.id() + " is sent whole");
            };
        }
    }

    /** The settings when nothing is configured. */
    static MapLayerProperties defaults() {
        return ConfigDefaults.of("cfk.maplayer", MapLayerProperties.class);
    }
}
