package cn.dongguan.cfk.webguard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.module.SimpleModule;

/** Puts the guards in place: the filters in their order and the JSON text check (numbers: {@link SafeNumberBinding}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitProperties.class)
class WebGuardConfig {

    /** Right after the character encoding is set (so forms decode as UTF-8), before sessions and security. */
    @Bean
    FilterRegistrationBean<NulParameterFilter> nulParameterFilter() {
        var registration = new FilterRegistrationBean<>(new NulParameterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Right after the security filters. */
    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(LimitProperties limits) {
        var registration = new FilterRegistrationBean<>(new ConcurrencyLimitFilter(limits));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Every JSON body, however an endpoint binds it: no NUL in texts, and no fraction where a whole
     * number goes (Jackson would otherwise read an id of 1.5 as 1).
     */
    @Bean
    JsonMapperBuilderCustomizer strictJsonBodies() {
        return builder -> builder.addModule(new SimpleModule("nul-free-strings")
                        .addDeserializer(String.class, new NulFreeStrings())
                        .setDeserializerModifier(new NulFreeEnums()))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
