package cn.dongguan.cfk.apidocs;

import cn.dongguan.cfk.geometry.GeometryMembers;
import cn.dongguan.cfk.shared.BodyOf;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * The schema of a write body read as {@code JsonNode}: the record named by {@link BodyOf}, with every
 * member optional in a merge patch ({@code <Record>Patch}), and the geometry members of the footprint
 * pipeline ({@code geometry}, {@code crs}, {@code repair}) where the record leaves them to it
 * ({@link GeometryMembers}).
 */
final class BodySchemas implements OperationCustomizer, OpenApiCustomizer {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final Map<String, Schema<?>> schemas = new LinkedHashMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            BodyOf body = parameter.getParameterAnnotation(BodyOf.class);
            if (body != null && operation.getRequestBody() != null) {
                boolean patch = operation.getRequestBody().getContent().containsKey(MERGE_PATCH);
                String name = register(body.value(), patch);
                for (MediaType type : operation.getRequestBody().getContent().values()) {
                    type.setSchema(new Schema<>().$ref("#/components/schemas/" + name));
                }
            }
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        synchronized (schemas) {
            schemas.forEach((name, schema) -> {
                if (api.getComponents().getSchemas() == null
                        || !api.getComponents().getSchemas().containsKey(name)) {
                    api.getComponents().addSchemas(name, schema);
                }
            });
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private String register(Class<?> type, boolean patch) {
        ResolvedSchema resolved =
                ModelConverters.getInstance(false).resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        Schema schema = resolved.schema;
        String name = type.getSimpleName() + (patch ? "Patch" : "");
        synchronized (schemas) {
            resolved.referencedSchemas.forEach((n, s) -> {
                if (!n.equals(type.getSimpleName())) {
                    schemas.putIfAbsent(n, s);
                }
            });
            Schema body = copy(schema);
            if (patch) {
                body.setRequired(null);
                body.setDescription("A JSON merge patch (RFC 7396): the members to change, null to clear one");
            }
            if (type.isAnnotationPresent(GeometryMembers.class)) {
                body.addProperty("geometry", new Schema<>().$ref("#/components/schemas/" + Schemas.GEOMETRY));
                body.addProperty(
                        "crs",
                        new StringSchema()
                                .description(
                                        "The geometry's CRS: EPSG:4326 (default), EPSG:4490, EPSG:4547 or EPSG:3857"));
                body.addProperty(
                        "repair",
                        new BooleanSchema()
                                .description("Repair an invalid polygon (ST_MakeValid) instead of refusing it"));
                if (!patch) {
                    body.addRequiredItem("geometry");
                }
            }
            schemas.put(name, body);
        }
        return name;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema copy(Schema schema) {
        Schema copy = schema instanceof ComposedSchema ? new ComposedSchema() : new ObjectSchema();
        copy.setType(schema.getType());
        copy.setDescription(schema.getDescription());
        copy.setProperties(schema.getProperties() == null ? null : new LinkedHashMap<>(schema.getProperties()));
        copy.setRequired(schema.getRequired() == null ? null : new java.util.ArrayList<>(schema.getRequired()));
        copy.setAdditionalProperties(schema.getAdditionalProperties());
        if (schema instanceof ComposedSchema c) {
            ((ComposedSchema) copy).setAllOf(c.getAllOf());
        }
        return copy;
    }
}
