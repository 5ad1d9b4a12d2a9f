package cn.dongguan.cfk.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.SecurityFilterChain;

/** The document's frame (info, server, security schemes, shared schemas) and the customizers that fill it. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static {
        // a JsonNode body or member is any JSON object, not a Jackson bean
        SpringDocUtils.getConfig()
                .replaceWithSchema(tools.jackson.databind.JsonNode.class, new ObjectSchema())
                .replaceWithSchema(com.fasterxml.jackson.databind.JsonNode.class, new ObjectSchema());
    }

    @Bean
    OpenAPI cfkOpenApi(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        Components components = new Components()
                .addSecuritySchemes(
                        Schemas.BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("API clients: HTTP Basic with a user's name and password"))
                .addSecuritySchemes(
                        Schemas.SESSION,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name(sessionCookie)
                                .description("The web app: the session of a form sign-in at /login; writes also "
                                        + "send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN"));
        Schemas.addTo(components);
        return new OpenAPI()
                .info(new Info()
                        .title("厂房库 GIS API")
                        .version("1.0")
                        .description("Dongguan's factory-space inventory, land bank, site matching and map layers "
                                + "(sample data). Reads are public and never carry occupants or contacts; "
                                + "everything else needs a signed-in user. Errors are RFC 9457 problems in "
                                + "Chinese and English naming the field at fault. The OGC API – Features service "
                                + "at /ogc describes itself at /ogc/api.")
                        .license(new License().name("Sample data, not official · 示例数据，非官方")))
                .externalDocs(new ExternalDocumentation()
                        .description("OGC API – Features: the service's own OpenAPI document")
                        .url("/ogc/api"))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(components);
    }

    @Bean
    OperationCustomizer declaredProblems() {
        return new DeclaredProblems();
    }

    @Bean
    OpenApiCustomizer accessRules(ObjectProvider<SecurityFilterChain> chains) {
        return new AccessRules(chains);
    }

    @Bean
    OpenApiCustomizer busyAnswers(org.springframework.core.env.Environment environment) {
        return new BusyAnswers(environment);
    }

    /** Last: they rework what the others made. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer nullableReferences() {
        return new NullableReferences();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer anyValues() {
        return new AnyValues();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer identicalPaths() {
        return new IdenticalPaths();
    }

    @Bean
    BodySchemas bodySchemas() {
        return new BodySchemas();
    }

    @Bean
    PropertyCustomizer nullableProperties() {
        return new NullableProperties();
    }
}
