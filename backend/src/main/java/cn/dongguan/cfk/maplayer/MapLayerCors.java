package cn.dongguan.cfk.maplayer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Map layers are public and read-only, so web maps on other origins (any MapLibre client) may read
 * them: tile and feature requests are simple GETs, answered with {@code Access-Control-Allow-Origin: *}.
 */
@Configuration(proxyBeanMethods = false)
class MapLayerCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/tiles/**", "/ogc", "/ogc/**"}) {
            registry.addMapping(path)
                    .allowedOrigins("*")
                    .allowedMethods("GET", "HEAD")
                    .exposedHeaders("ETag");
        }
    }
}
