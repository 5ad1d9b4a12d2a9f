package cn.dongguan.cfk.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * OpenAPI 3.0 cannot say "this schema, or null" of a {@code $ref} ({@code nullable} beside a {@code $ref}
 * is ignored, and {@code allOf} of it refuses null): a nullable property that refers to a schema gets a
 * copy of it, nullable. Array items are never null, so they keep the plain reference.
 */
final class NullableReferences implements OpenApiCustomizer {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Schema schema : new ArrayList<>(components.values())) {
            fix(schema, components, seen);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fix(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.replaceAll((name, property) -> {
                String target = nullableReference(property);
                return target == null ? property : nullableCopy(components.get(target), property);
            });
            schema.setProperties(properties);
            properties.values().forEach(p -> fix(p, components, seen));
        }
        Schema items = schema.getItems();
        if (items != null) {
            String target = nullableReference(items);
            if (target != null) {
                schema.setItems(new Schema<>().$ref(COMPONENTS + target));
            } else {
                fix(items, components, seen);
            }
        }
        if (schema.getAllOf() != null) {
            ((List<Schema>) schema.getAllOf()).forEach(s -> fix(s, components, seen));
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            fix(additional, components, seen);
        }
    }

    /** The component a nullable {@code allOf: [$ref]} wrapper refers to, else null. */
    @SuppressWarnings("rawtypes")
    private static String nullableReference(Schema schema) {
        if (!Boolean.TRUE.equals(schema.getNullable())
                || schema.getAllOf() == null
                || schema.getAllOf().size() != 1) {
            return null;
        }
        String ref = ((Schema) schema.getAllOf().get(0)).get$ref();
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableCopy(Schema target, Schema wrapper) {
        if (target == null) {
            return wrapper;
        }
        Schema copy = new Schema<>();
        copy.setType(target.getType() == null ? "object" : target.getType());
        copy.setDescription(wrapper.getDescription() != null ? wrapper.getDescription() : target.getDescription());
        copy.setProperties(target.getProperties());
        copy.setRequired(target.getRequired());
        copy.setItems(target.getItems());
        copy.setEnum(target.getEnum());
        copy.setFormat(target.getFormat());
        copy.setAdditionalProperties(target.getAdditionalProperties());
        copy.setNullable(true);
        return copy;
    }
}
