package cn.dongguan.cfk.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * The one reader of JSON write bodies: Jackson binds the body to a record or class, strictly (no
 * unknown fields, no text for numbers, no numbers or booleans for text, no numbers for enumerations,
 * no fractions for integers), and Bean Validation checks it.
 * Every refusal is a {@link BadRequestException} naming the field, in Chinese and English.
 */
@Component
public class JsonBodies {

    private final JsonMapper strict;
    private final Validator validator;

    JsonBodies(JsonMapper mapper, Validator validator) {
        this.strict = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        this.validator = validator;
    }

    /** The body as {@code type}, checked; 400 naming the field otherwise. */
    public <T> T read(JsonNode body, Class<T> type, Class<?>... groups) {
        T value = bind(requireObject(body), type);
        validate(value, groups);
        return value;
    }

    /**
     * A JSON merge patch (RFC 7396) over {@code current}: members the patch names replace the current
     * ones (objects merge recursively), null clears; the result is checked as a whole.
     */
    @SuppressWarnings("unchecked")
    public <T> T merge(T current, JsonNode patch, Class<?>... groups) {
        requireObject(patch);
        Class<T> type = (Class<T>) current.getClass();
        ObjectNode merged = strict.valueToTree(current);
        mergeInto(merged, (ObjectNode) patch);
        T value = bind(merged, type);
        validate(value, groups);
        return value;
    }

    /** 400 naming the first field (in path order) that breaks a constraint. */
    public void validate(Object value, Class<?>... groups) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value, groups);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw ConstraintTexts.problem(v);
                });
    }

    private <T> T bind(JsonNode body, Class<T> type) {
        try {
            return strict.treeToValue(body, type);
        } catch (JacksonException e) {
            throw JsonProblems.of(e);
        }
    }

    private static void mergeInto(ObjectNode target, ObjectNode patch) {
        patch.properties().forEach(member -> {
            JsonNode value = member.getValue();
            JsonNode existing = target.get(member.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                mergeInto((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(member.getKey(), value);
            }
        });
    }

    /** 400 naming {@code body} unless the body is a JSON object. */
    public static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("body", "请求内容应为 JSON 对象", "The body must be a JSON object");
        }
        return body;
    }
}
