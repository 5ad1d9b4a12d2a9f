package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of an enterprise's fields, for every write of them (an import today): a name, a unified
 * social credit code of 18 characters with its GB 32100 check character, an industry code, a grade.
 * Whether the industry exists and the code is unique is the caller's to check against the tables.
 */
@Component
public record EnterpriseRules(JsonBodies bodies, JsonMapper json) {

    public static final List<String> FIELDS = Arrays.stream(EnterpriseFields.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    public static final List<String> GRADES = List.of("A", "B", "C", "D");

    /** The fields checked and canonical (trimmed, the credit code in capitals); 400 naming the field. */
    public ObjectNode enterprise(ObjectNode body) {
        EnterpriseFields fields = bodies.read(body, EnterpriseFields.class);
        requireValidCreditCode(fields.creditCode(), "creditCode");
        return json.valueToTree(fields);
    }

    /**
     * 400 naming {@code field} unless the text is a unified social credit code with the right check
     * character (GB 32100); an import names enterprises by it, so it is required there.
     */
    public static void requireValidCreditCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new BadRequestException(
                    field, "缺少统一社会信用代码 " + field, "Field '" + field + "' (the credit code) is required");
        }
        CreditCode.check(field, CreditCode.normalise(code));
    }
}
