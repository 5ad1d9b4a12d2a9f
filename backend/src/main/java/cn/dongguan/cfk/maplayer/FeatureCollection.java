package cn.dongguan.cfk.maplayer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A GeoJSON FeatureCollection, the one writer of features: a page of OGC API – Features items (with
 * links, time stamp and counts) or a web map layer (whole, or bounded with {@code truncated} true when
 * more features matched than were sent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FeatureCollection(
        String type,
        List<Feature> features,
        List<Link> links,
        String timeStamp,
        Long numberMatched,
        Integer numberReturned,
        Boolean truncated) {

    private static final String TYPE = "FeatureCollection";

    static FeatureCollection page(List<Feature> features, List<Link> links, String timeStamp, long numberMatched) {
        return new FeatureCollection(TYPE, features, links, timeStamp, numberMatched, features.size(), null);
    }

    static FeatureCollection whole(List<Feature> features) {
        return new FeatureCollection(TYPE, features, null, null, null, null, null);
    }

    /** The first {@code limit} of {@code features}, which holds one more when more matched. */
    static FeatureCollection bounded(List<Feature> features, int limit) {
        boolean truncated = features.size() > limit;
        return new FeatureCollection(
                TYPE, truncated ? features.subList(0, limit) : features, null, null, null, null, truncated);
    }
}
