package cn.dongguan.cfk.efficiency;

import cn.dongguan.cfk.shared.JsonBodies;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of a 亩均效益 result's fields, for every write of them (the import of layer {@code
 * efficiency}): a year, a grade A–D or none, indicators not negative within their columns' precision.
 */
@Component
public record EfficiencyRules(JsonBodies bodies, JsonMapper json) {

    /** The fields of a result, as an import's columns name them. */
    public static final List<String> FIELDS = Arrays.stream(EfficiencyFields.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    /** The fields checked; 400 naming the field. */
    public ObjectNode result(ObjectNode body) {
        return json.valueToTree(bodies.read(body, EfficiencyFields.class));
    }
}
