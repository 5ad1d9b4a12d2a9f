package cn.dongguan.cfk.apidocs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * The API's records say nothing of null: any property of a reference type may be null and is sent as
 * null (Jackson includes nulls), unless it is left out when null ({@code @JsonInclude(NON_NULL)}), is
 * a collection (sent empty), or is checked not to be null. Such properties are {@code nullable}.
 */
final class NullableProperties implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        // a schema of any value (no type) admits null already
        if (property == null || (property.getType() == null && property.get$ref() == null) || !mayBeNull(type)) {
            return property;
        }
        if (property.get$ref() != null) {
            // OpenAPI 3.0 ignores the siblings of a $ref
            return new ComposedSchema()
                    .allOf(List.of(new Schema<>().$ref(property.get$ref())))
                    .nullable(true);
        }
        return property.nullable(true);
    }

    private static boolean mayBeNull(AnnotatedType type) {
        if (type.getType() instanceof Class<?> c
                && (c.isPrimitive()
                        || Collection.class.isAssignableFrom(c)
                        || Map.class.isAssignableFrom(c)
                        || c.isArray())) {
            return false;
        }
        if (type.getCtxAnnotations() == null) {
            return false;
        }
        for (Annotation a : type.getCtxAnnotations()) {
            if (a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty) {
                return false;
            }
            if (a instanceof JsonInclude include
                    && include.value() != JsonInclude.Include.ALWAYS
                    && include.value() != JsonInclude.Include.USE_DEFAULTS) {
                return false;
            }
        }
        return true;
    }
}
