package cn.dongguan.cfk.maplayer;

import java.time.OffsetDateTime;

/**
 * What a layer's data is at one moment: the layer's version (table {@code layer_version}, bumped by
 * triggers on every change), and for time-dependent layers the freshness cut-off, to the minute.
 */
record DataVersion(long version, OffsetDateTime staleBefore) {

    DataVersion withVersion(long newVersion) {
        return new DataVersion(newVersion, staleBefore);
    }

    String tag() {
        return staleBefore == null ? Long.toString(version) : version + "-" + staleBefore.toEpochSecond() / 60;
    }
}
