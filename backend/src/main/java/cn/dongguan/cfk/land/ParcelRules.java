package cn.dongguan.cfk.land;

import cn.dongguan.cfk.shared.JsonBodies;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of the parcel writes (SPEC §5) for rows that arrive another way, such as an import: the
 * same record, constraints and checks as {@code POST}/{@code PATCH /api/parcels}, on a body with the
 * API's field names. Park scope, the boundary and unique parcel numbers are the caller's, as for the API.
 */
@Component
public class ParcelRules {

    /** The fields of a parcel write body, beside its boundary. */
    public static final List<String> FIELDS = Arrays.stream(ParcelFields.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    private final JsonBodies bodies;
    private final JsonMapper json;

    ParcelRules(JsonBodies bodies, JsonMapper json) {
        this.bodies = bodies;
        this.json = json;
    }

    public static List<String> planningUses() {
        return Arrays.stream(PlanningUse.values()).map(Enum::name).toList();
    }

    public static List<String> statuses() {
        return Arrays.stream(ParcelStatus.values()).map(Enum::name).toList();
    }

    public static List<String> developmentStates() {
        return Arrays.stream(DevelopmentState.values()).map(Enum::name).toList();
    }

    /** A parcel's fields, checked as a create body has them; the park code canonical. */
    public ObjectNode parcel(ObjectNode body) {
        ParcelFields fields = bodies.read(body, ParcelFields.class);
        fields.requireOrderedPlotRatio(false);
        ObjectNode canonical = json.valueToTree(fields);
        canonical.put("parkCode", fields.park());
        return canonical;
    }
}
