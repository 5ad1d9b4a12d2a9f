package cn.dongguan.cfk.maplayer;

import cn.dongguan.cfk.shared.ConfigDefaults;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;

/**
 * The map layers' settings and limits. A request over a limit is refused with a 400 naming the
 * parameter (the API's one policy), never clamped.
 *
 * @param tileCacheSize    the in-memory cache of rendered tiles, per app instance; 0 turns it off
 * @param httpCache        how long HTTP caches (browsers, a shared proxy) may use the public map answers
 *                         (tiles, TileJSON, OGC API – Features, {@code /api/map/*}) without asking again
 * @param listenForChanges keep the layers' data versions in memory, told of changes by PostgreSQL
 *                         (LISTEN/NOTIFY); false reads them on every request
 * @param tiles            at most this many features in a tile of each layer, the largest first
 * @param items            OGC API – Features: the page size {@code limit}
 * @param webMap           the web map: at most this many features in one answer of a bounded layer
 */
@ConfigurationProperties("cfk.maplayer")
record MapLayerProperties(
        @DefaultValue("64MB") DataSize tileCacheSize,
        @DefaultValue HttpCache httpCache,
        @DefaultValue("true") boolean listenForChanges,
        @DefaultValue Tiles tiles,
        @DefaultValue Items items,
        @DefaultValue WebMap webMap) {

    /**
     * The freshness promise of the public map answers: an HTTP cache may serve one for {@code maxAge}
     * without asking, and for {@code staleWhileRevalidate} more while it asks again in the background;
     * so an edit shows through any cache at most {@code maxAge + staleWhileRevalidate} after its commit.
     * A {@code maxAge} of 0 makes caches revalidate every time ({@code no-cache}).
     */
    record HttpCache(
            @DefaultValue("60s") Duration maxAge,
            @DefaultValue("30s") Duration staleWhileRevalidate) {

        /** Cache-Control of every public map answer: shared caches may keep it ({@code public}). */
        CacheControl cacheControl() {
            if (maxAge.isZero()) {
                return CacheControl.noCache().cachePublic();
            }
            CacheControl control = CacheControl.maxAge(maxAge).cachePublic();
            return staleWhileRevalidate.isZero() ? control : control.staleWhileRevalidate(staleWhileRevalidate);
        }

        /** At most this long after a commit, every HTTP cache serves the new answer. */
        Duration freshnessBound() {
            return maxAge.plus(staleWhileRevalidate);
        }
    }

    record Tiles(
            @DefaultValue("1000") int towns,
            @DefaultValue("1000") int parks,
            @DefaultValue("5000") int buildings,
            @DefaultValue("5000") int parcels) {

        int maxFeatures(Layer layer) {
            return switch (layer.id()) {
                case "towns" -> towns;
                case "parks" -> parks;
                // occupied buildings: the buildings' cap
                case "buildings", "occupant-grades" -> buildings;
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
                case "buildings", "occupant-grades" -> buildings;
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
