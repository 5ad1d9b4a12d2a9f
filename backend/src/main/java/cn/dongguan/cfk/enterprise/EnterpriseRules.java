package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.gisdata.CreditCode;
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
public class EnterpriseRules {

    public static final List<String> FIELDS = Arrays.stream(EnterpriseFields.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    public static final List<String> GRADES = List.of("A", "B", "C", "D");

    private final JsonBodies bodies;
    private final JsonMapper json;

    EnterpriseRules(JsonBodies bodies, JsonMapper json) {
        this.bodies = bodies;
        this.json = json;
    }

    /** The fields checked and canonical (trimmed, the credit code in capitals); 400 naming the field. */
    public ObjectNode enterprise(ObjectNode body) {
        EnterpriseFields fields = bodies.read(body, EnterpriseFields.class);
        requireValidCreditCode(fields.creditCode(), "creditCode");
        return json.valueToTree(fields);
    }

    /** 400 naming {@code field} unless the text is a unified social credit code with the right check character. */
    public static void requireValidCreditCode(String code, String field) {
        if (!CreditCode.isValid(code)) {
            String why = code == null || code.length() != 18 ? "应为 18 位" : "校验位或字符不符合 GB 32100（不使用 I、O、S、V、Z）";
            String whyEn = code == null || code.length() != 18
                    ? "it must have 18 characters"
                    : "its characters or check character do not follow GB 32100 (I, O, S, V and Z are not used)";
            throw new BadRequestException(
                    field,
                    "统一社会信用代码 “" + code + "” 无效：" + why,
                    "Unified social credit code '" + code + "' is invalid: " + whyEn);
        }
    }
}
