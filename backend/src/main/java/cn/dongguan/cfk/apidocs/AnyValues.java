package cn.dongguan.cfk.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * A map of {@code Object} values ({@code Map<String, Object>}) holds any JSON values, not objects only,
 * as the generated {@code additionalProperties: {type: object}} says: such maps take any value.
 */
final class AnyValues implements OpenApiCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(s -> fix(s, seen));
        }
        if (api.getPaths() != null) {
            api.getPaths()
                    .values()
                    .forEach(item -> item.readOperations().forEach(operation -> {
                        if (operation.getRequestBody() != null) {
                            fix(operation.getRequestBody().getContent(), seen);
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().forEach(r -> fix(r.getContent(), seen));
                        }
                    }));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void fix(Content content, Set<Schema> seen) {
        if (content != null) {
            content.values().forEach(m -> fix(m.getSchema(), seen));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fix(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getAdditionalProperties() instanceof Schema values) {
            if ("object".equals(values.getType())
                    && values.getProperties() == null
                    && values.get$ref() == null
                    && values.getAdditionalProperties() == null) {
                schema.setAdditionalProperties(true);
            } else {
                fix(values, seen);
            }
        }
        if (schema.getProperties() != null) {
            ((java.util.Map<String, Schema>) schema.getProperties()).values().forEach(p -> fix(p, seen));
        }
        fix(schema.getItems(), seen);
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (parts != null) {
                parts.forEach(p -> fix(p, seen));
            }
        }
    }
}
