package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TileCacheTest {

    private static TileCache.Key key(int x, String version) {
        return new TileCache.Key("buildings", 14, x, 7116, version);
    }

    @Test
    void keepsTheMostRecentlyUsedTilesWithinItsSize() {
        TileCache cache = new TileCache(new MapLayerProperties(DataSize.ofKilobytes(64), Duration.ZERO, true));
        byte[] tile = new byte[3_000];
        for (int x = 0; x < 40; x++) {
            cache.put(key(x, "1"), tile);
            cache.get(key(0, "1"));
        }
        assertThat(cache.get(key(0, "1"))).isSameAs(tile);
        assertThat(cache.get(key(39, "1"))).isSameAs(tile);
        assertThat(cache.get(key(1, "1"))).isNull();
        assertThat(cache.size()).isBetween(15, 21);
    }

    @Test
    void aTileOfAnotherDataVersionIsAnotherEntry() {
        TileCache cache = new TileCache(new MapLayerProperties(DataSize.ofMegabytes(1), Duration.ZERO, true));
        cache.put(key(1, "7"), new byte[] {1});
        assertThat(cache.get(key(1, "8"))).isNull();
        assertThat(cache.get(key(1, "7"))).containsExactly(1);
    }

    @Test
    void sizeZeroTurnsItOff() {
        TileCache cache = new TileCache(new MapLayerProperties(DataSize.ofBytes(0), Duration.ZERO, true));
        cache.put(key(1, "1"), new byte[] {1});
        assertThat(cache.get(key(1, "1"))).isNull();
    }
}
