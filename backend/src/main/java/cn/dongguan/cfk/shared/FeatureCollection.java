package cn.dongguan.cfk.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A GeoJSON FeatureCollection for the web map. {@code truncated} is present on bounded layers and
 * true when more features matched than were sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureCollection(String type, List<Feature> features, Boolean truncated) {

    public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    public static FeatureCollection of(List<Feature> features) {
        return new FeatureCollection("FeatureCollection", features, null);
    }

    public static FeatureCollection bounded(List<Feature> features, int limit) {
        boolean truncated = features.size() > limit;
        return new FeatureCollection("FeatureCollection", truncated ? features.subList(0, limit) : features, truncated);
    }

    public ResponseEntity<FeatureCollection> response(CacheControl cache) {
        return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(cache).body(this);
    }

    /** One feature; {@code geometry} is GeoJSON text from PostGIS. */
    public record Feature(
            String type, Object id, @JsonRawValue String geometry, Object properties) {

        public static Feature of(Object id, String geometry, Object properties) {
            return new Feature("Feature", id, geometry, properties);
        }
    }
}
