package cn.dongguan.cfk.webguard;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Classes of expensive endpoints (cfk.limits.*): each class answers at most {@code maxConcurrent}
 * requests at once per app instance; one more is answered 503 with Retry-After {@code retryAfter}
 * straight away, so that a burst of them cannot starve every other request.
 */
@ConfigurationProperties("cfk.limits")
record LimitProperties(
        @DefaultValue List<EndpointClass> classes,
        @DefaultValue("2s") Duration retryAfter) {

    /** A name, the path patterns of its endpoints (Spring's PathPattern syntax) and its limit. */
    record EndpointClass(String name, List<String> patterns, int maxConcurrent) {}
}
