package cn.dongguan.cfk.maplayer;

import java.time.Instant;

/**
 * What a layer's data is at one moment: the layer's version (table {@code layer_version}, bumped by
 * triggers on every change), and for time-dependent layers the freshness cut-off, which moves once a
 * day (space.Freshness).
 */
record DataVersion(long version, Instant staleBefore) {

    DataVersion withVersion(long newVersion) {
        return new DataVersion(newVersion, staleBefore);
    }

    String tag() {
        return staleBefore == null ? Long.toString(version) : version + "-" + staleBefore.getEpochSecond();
    }
}
