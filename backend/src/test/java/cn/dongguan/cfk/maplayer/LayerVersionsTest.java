package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.IntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every write to a layer's tables bumps its version, and the app learns of it at commit. */
@IntegrationTest
class LayerVersionsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    LayerVersions versions;

    @Autowired
    LayerVersionListener listener;

    private long stored(String layer) {
        return jdbc.queryForObject("SELECT version FROM layer_version WHERE layer = ?", Long.class, layer);
    }

    @Test
    void writesBumpTheVersionsOfTheLayersThatShowThem() {
        long towns = stored("towns");
        long parks = stored("parks");
        long buildings = stored("buildings");
        long parcels = stored("parcels");

        jdbc.update("UPDATE parcel SET version = version WHERE id = (SELECT min(id) FROM parcel)");

        assertThat(stored("parcels")).isEqualTo(parcels + 1);
        assertThat(stored("parks")).as("parks show available land").isEqualTo(parks + 1);
        assertThat(stored("buildings")).isEqualTo(buildings);
        assertThat(stored("towns")).isEqualTo(towns);

        jdbc.update("UPDATE building SET version = version WHERE id = (SELECT min(id) FROM building)");
        jdbc.update("UPDATE town SET name_en = name_en WHERE code = 'DONGCHENG'");

        assertThat(stored("buildings")).isEqualTo(buildings + 1);
        assertThat(stored("parks")).isEqualTo(parks + 2);
        assertThat(stored("towns")).isEqualTo(towns + 1);
    }

    @Test
    void theListenerLearnsOfACommitAndWithoutItVersionsAreReadPerRequest() throws InterruptedException {
        LayerVersions perRequest = new LayerVersions(
                jdbcClient,
                new LayerVersionListener(null, new MapLayerProperties(null, null, false, null, null, null)),
                Clock.systemUTC());
        long before = stored("parcels");
        long deadline = System.nanoTime() + 5_000_000_000L;
        // a test context that was paused restarts its listener: give it its first read
        while (listener.version("parcels").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(listener.version("parcels")).as("listening in the test app").contains(before);

        jdbc.update("UPDATE parcel SET version = version WHERE id = (SELECT min(id) FROM parcel)");

        assertThat(perRequest.current(Layers.PARCELS).version()).isEqualTo(before + 1);
        deadline = System.nanoTime() + 5_000_000_000L;
        while (versions.current(Layers.PARCELS).version() == before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(versions.current(Layers.PARCELS).version()).isEqualTo(before + 1);
    }
}
