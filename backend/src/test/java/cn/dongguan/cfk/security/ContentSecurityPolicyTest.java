package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void theBasemapsOriginMayServeImagesAndNothingMayRunInlineScript() {
        String policy = ContentSecurityPolicy.of("https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY", List.of());
        assertThat(policy).contains("img-src 'self' data: blob: https://*.tianditu.gov.cn");
        assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe-eval");
        assertThat(policy.split(";"))
                .filteredOn(d -> d.trim().startsWith("script-src"))
                .singleElement()
                .asString()
                .doesNotContain("unsafe-inline");
        assertThat(policy).contains("frame-ancestors 'none'");
    }

    @Test
    void tileUrlTemplatesGiveTheirOrigins() {
        assertThat(ContentSecurityPolicy.origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(ContentSecurityPolicy.origin("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org:8443");
        assertThat(ContentSecurityPolicy.origin("/img/tiles/{z}/{x}/{y}.png")).isNull();
        assertThat(ContentSecurityPolicy.origin("https://tiles.{s}.example.org/{z}"))
                .isNull();
        assertThat(ContentSecurityPolicy.origin("")).isNull();
    }
}
