package cn.dongguan.cfk.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every answer: scripts, styles, data only from the app itself; no
 * inline script; images also from the configured basemap. Inline style attributes are allowed
 * (style-src-attr): Leaflet and ECharts position and colour their elements with them; style
 * elements are not, except on the Swagger UI pages, whose bundle writes its own.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {}

    /** Writes the policy on every answer (Swagger UI's with its inline style elements). */
    static HeaderWriter writer(String basemapUrl, List<String> moreImgSources) {
        String policy = of(basemapUrl, moreImgSources);
        String swaggerUi = policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
        return (request, response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                response.setHeader("Content-Security-Policy", path.startsWith("/swagger-ui/") ? swaggerUi : policy);
            }
        };
    }

    static String of(String basemapUrl, List<String> moreImgSources) {
        Set<String> img = new LinkedHashSet<>(List.of("'self'", "data:", "blob:"));
        String basemap = origin(basemapUrl);
        if (basemap != null) {
            img.add(basemap);
        }
        img.addAll(moreImgSources);
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "style-src-attr 'unsafe-inline'",
                "img-src " + String.join(" ", img),
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /**
     * The origin of a tile URL template such as {@code https://t{s}.tianditu.gov.cn/…}: a label with a
     * placeholder becomes a wildcard ({@code https://*.tianditu.gov.cn}); null for none or a relative URL.
     */
    static String origin(String template) {
        if (template == null || template.isBlank() || template.startsWith("/")) {
            return null;
        }
        int schemeEnd = template.indexOf("://");
        if (schemeEnd < 0) {
            return null;
        }
        int hostEnd = template.indexOf('/', schemeEnd + 3);
        String authority = template.substring(schemeEnd + 3, hostEnd < 0 ? template.length() : hostEnd);
        String[] labels = authority.split("\\.", -1);
        StringBuilder host = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            boolean placeholder = labels[i].contains("{");
            if (placeholder && i > 0) {
                return null; // a wildcard only stands for the leftmost label
            }
            host.append(i == 0 ? "" : ".").append(placeholder ? "*" : labels[i]);
        }
        String scheme = template.substring(0, schemeEnd);
        try {
            URI.create(scheme + "://" + host.toString().replace("*", "x"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return scheme + "://" + host;
    }
}
