package cn.dongguan.cfk.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * Bilingual texts for Bean Validation's constraints, naming the field. A constraint with its own
 * message writes it as {@code "中文|English"}; the standard constraints get the texts below.
 */
final class ConstraintTexts {

    private ConstraintTexts() {}

    static BadRequestException problem(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{") && template.contains("|")) {
            int bar = template.indexOf('|');
            return new BadRequestException(field, template.substring(0, bar), template.substring(bar + 1));
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> a = violation.getConstraintDescriptor().getAttributes();
        String type = constraint.annotationType().getSimpleName();
        String f = "字段 " + field;
        String e = "Field '" + field + "'";
        return switch (type) {
            case "NotNull", "NotBlank", "NotEmpty" ->
                new BadRequestException(field, "缺少必填字段 " + field, e + " is required");
            case "Size" ->
                new BadRequestException(
                        field,
                        f + " 的长度应在 " + a.get("min") + " 到 " + a.get("max") + " 之间",
                        e + " must have between " + a.get("min") + " and " + a.get("max") + " characters or items");
            case "Min", "DecimalMin" ->
                new BadRequestException(
                        field,
                        f + " 应" + (inclusive(a) ? "不小于 " : "大于 ") + a.get("value"),
                        e + " must be " + (inclusive(a) ? "at least " : "above ") + a.get("value"));
            case "Max", "DecimalMax" ->
                new BadRequestException(
                        field,
                        f + " 应" + (inclusive(a) ? "不大于 " : "小于 ") + a.get("value"),
                        e + " must be " + (inclusive(a) ? "at most " : "below ") + a.get("value"));
            case "Positive" -> new BadRequestException(field, f + " 应大于 0", e + " must be above 0");
            case "PositiveOrZero" -> new BadRequestException(field, f + " 不能为负数", e + " must not be negative");
            case "Digits" ->
                new BadRequestException(
                        field,
                        f + " 最多 " + a.get("integer") + " 位整数、" + a.get("fraction") + " 位小数",
                        e + " takes at most " + a.get("integer") + " integer and " + a.get("fraction")
                                + " fraction digits");
            case "Pattern" -> new BadRequestException(field, f + " 的格式无效", e + " is not in the expected form");
            case "Email" -> new BadRequestException(field, f + " 不是有效的电子邮件地址", e + " is not a valid e-mail address");
            default -> new BadRequestException(field, f + " 的值无效", e + " has an invalid value");
        };
    }

    private static boolean inclusive(Map<String, Object> attributes) {
        return !Boolean.FALSE.equals(attributes.get("inclusive"));
    }

    /** {@code minAreaM2}, {@code point.lon}, {@code unitIds[2]}: the path without the method or bean. */
    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {}
                // an element of a list (List<@Pattern String>): its index only, not "<list element>"
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        out.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    if (node.getIndex() != null && !out.isEmpty()) {
                        out.append('[').append(node.getIndex()).append(']');
                    }
                    out.append(out.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
