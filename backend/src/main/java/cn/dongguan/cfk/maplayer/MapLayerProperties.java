package cn.dongguan.cfk.maplayer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param tileCacheSize the in-memory cache of rendered tiles, per app instance; 0 turns it off
 * @param tileMaxAge    how long HTTP caches may use a tile without asking again; 0 means they revalidate
 *                      every time with the ETag ({@code no-cache}), so an edit shows on the next request
 * @param listenForChanges keep the layers' data versions in memory, told of changes by PostgreSQL
 *                         (LISTEN/NOTIFY); false reads them on every request
 */
@ConfigurationProperties("cfk.maplayer")
record MapLayerProperties(
        @DefaultValue("64MB") DataSize tileCacheSize,
        @DefaultValue("0s") Duration tileMaxAge,
        @DefaultValue("true") boolean listenForChanges) {}
