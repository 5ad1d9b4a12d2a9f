package cn.dongguan.cfk.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What anonymous callers may see beyond the public data (cfk.security.*): the API docs (Swagger UI,
 * /v3/api-docs) and the metrics (/actuator/prometheus, /actuator/info) are for administrators unless
 * opened here (the demo profile opens both). {@code imgSources}: more origins the pages may load
 * images from, beside the configured basemap's.
 */
@ConfigurationProperties("cfk.security")
record ExposureProperties(
        @DefaultValue("false") boolean publicApiDocs,
        @DefaultValue("false") boolean publicMetrics,
        @DefaultValue List<String> imgSources) {}
