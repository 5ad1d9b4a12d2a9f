package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TileCacheTest {

    private static TileCache cache(DataSize size) {
        MapLayerProperties d = MapLayerProperties.defaults();
        return new TileCache(
                new MapLayerProperties(size, d.httpCache(), true, d.tiles(), d.items(), d.webMap()), Runnable::run);
    }

    private static TileCache.Key key(int x, String version) {
        return new TileCache.Key("buildings", 14, x, 7116, version);
    }

    @Test
    void staysWithinItsSizeAndKeepsTheTileAskedForMost() {
        TileCache cache = cache(DataSize.ofKilobytes(64));
        byte[] tile = new byte[3_000];
        for (int x = 0; x < 40; x++) {
            cache.put(key(x, "1"), tile);
            cache.get(key(0, "1"));
        }
        assertThat(cache.weight()).isLessThanOrEqualTo(64 * 1024);
        assertThat(cache.size()).isBetween(15L, 21L);
        assertThat(cache.get(key(0, "1"))).isSameAs(tile);
    }

    @Test
    void aTileOfAnotherDataVersionIsAnotherEntry() {
        TileCache cache = cache(DataSize.ofMegabytes(1));
        cache.put(key(1, "7"), new byte[] {1});
        assertThat(cache.get(key(1, "8"))).isNull();
        assertThat(cache.get(key(1, "7"))).containsExactly(1);
    }

    @Test
    void sizeZeroTurnsItOff() {
        TileCache cache = cache(DataSize.ofBytes(0));
        cache.put(key(1, "1"), new byte[] {1});
        assertThat(cache.get(key(1, "1"))).isNull();
    }

    @Test
    void theDefaultsAreThoseDocumented() {
        MapLayerProperties d = MapLayerProperties.defaults();
        assertThat(d.tileCacheSize()).isEqualTo(DataSize.ofMegabytes(64));
        assertThat(d.tiles().maxFeatures(Layers.BUILDINGS)).isEqualTo(5_000);
        assertThat(d.tiles().maxFeatures(Layers.TOWNS)).isEqualTo(1_000);
        assertThat(d.items().defaultLimit()).isEqualTo(100);
        assertThat(d.items().maxLimit()).isEqualTo(10_000);
        assertThat(d.webMap().maxFeatures(Layers.BUILDINGS)).isEqualTo(1_500);
        assertThat(d.webMap().maxFeatures(Layers.PARCELS)).isEqualTo(2_000);
        assertThat(d.httpCache().cacheControl().getHeaderValue())
                .isEqualTo("max-age=60, public, stale-while-revalidate=30");
        assertThat(d.httpCache().freshnessBound()).hasSeconds(90);
    }
}
