package cn.dongguan.cfk.maplayer;

import java.util.List;

/** One page of items: a GeoJSON FeatureCollection with OGC API – Features' paging members. */
record FeatureCollection(
        String type,
        List<Feature> features,
        List<Link> links,
        String timeStamp,
        long numberMatched,
        int numberReturned) {}
