package cn.dongguan.cfk.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The 503 (with Retry-After) of the operations in a class of expensive endpoints, read from the
 * configuration the concurrency limits are read from ({@code cfk.limits.classes}, webguard).
 */
final class BusyAnswers implements OpenApiCustomizer {

    /** The part of a configured class this document needs. */
    record EndpointClass(String name, List<String> patterns) {}

    private final List<EndpointClass> classes;

    BusyAnswers(Environment environment) {
        this.classes = Binder.get(environment)
                .bind("cfk.limits.classes", Bindable.listOf(EndpointClass.class))
                .orElse(List.of());
    }

    @Override
    public void customise(OpenAPI api) {
        Schemas.eachPath(api, (uri, item) -> {
            for (EndpointClass c : classes) {
                boolean matches = c.patterns().stream()
                        .map(PathPatternParser.defaultInstance::parse)
                        .anyMatch(p -> matches(p, uri));
                if (matches) {
                    for (Operation operation : item.readOperations()) {
                        Schemas.addProblem(
                                operation,
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "too many " + c.name() + " requests at once; try again after Retry-After seconds");
                        operation
                                .getResponses()
                                .get("503")
                                .addHeaderObject(
                                        "Retry-After", Schemas.stringHeader("Seconds to wait before trying again"));
                    }
                }
            }
        });
    }

    private static boolean matches(PathPattern pattern, String uri) {
        return pattern.matches(org.springframework.http.server.PathContainer.parsePath(uri));
    }
}
