package cn.dongguan.cfk.land;

import static cn.dongguan.cfk.shared.JsonFields.nonNegative;
import static cn.dongguan.cfk.shared.JsonFields.oneOf;
import static cn.dongguan.cfk.shared.JsonFields.positive;
import static cn.dongguan.cfk.shared.JsonFields.required;
import static cn.dongguan.cfk.shared.JsonFields.text;

import cn.dongguan.cfk.geometry.GeometryInput;
import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonFields;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads the parcel fields of a create body or a JSON merge patch (RFC 7396) into a draft: only the
 * members present change it, null clears an optional field. Each value is checked as it is read;
 * the geometry members are read by {@link GeometryInput}.
 */
final class ParcelFields {

    static final List<String> PLANNING_USES = List.of("M0", "M1", "M2", "M3", "W");
    static final List<String> DEVELOPMENT_STATES = List.of("RAW", "READY");
    static final List<String> STATUSES = List.of("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");
    static final Set<String> FIELDS = Stream.concat(
                    Stream.of(
                            "parcelNo",
                            "parkCode",
                            "planningUse",
                            "plotRatioMin",
                            "plotRatioMax",
                            "buildingDensity",
                            "greenRatio",
                            "heightLimitM",
                            "developmentState",
                            "status",
                            "referencePriceWanYuan",
                            "earliestSupplyDate"),
                    GeometryInput.FIELDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private ParcelFields() {}

    static ParcelDraft apply(JsonNode body, ParcelDraft d) {
        JsonFields.requireObject(body);
        JsonFields.requireKnown(body, FIELDS);
        if (body.has("parcelNo")) {
            d.parcelNo = text(body, "parcelNo", 32);
        }
        if (body.has("parkCode")) {
            String code = text(body, "parkCode", 16);
            d.parkCode = code == null ? null : ParkCode.parse(code, "parkCode");
        }
        if (body.has("planningUse")) {
            d.planningUse = oneOf("planningUse", text(body, "planningUse", 2), PLANNING_USES);
        }
        if (body.has("plotRatioMin")) {
            d.plotRatioMin = positive("plotRatioMin", JsonFields.decimal(body, "plotRatioMin"), "20");
        }
        if (body.has("plotRatioMax")) {
            d.plotRatioMax = positive("plotRatioMax", JsonFields.decimal(body, "plotRatioMax"), "20");
        }
        if (body.has("buildingDensity")) {
            d.buildingDensity = positive("buildingDensity", JsonFields.decimal(body, "buildingDensity"), "1");
        }
        if (body.has("greenRatio")) {
            d.greenRatio = nonNegative("greenRatio", JsonFields.decimal(body, "greenRatio"), "1");
        }
        if (body.has("heightLimitM")) {
            d.heightLimitM = positive("heightLimitM", JsonFields.decimal(body, "heightLimitM"), "1000");
        }
        if (body.has("developmentState")) {
            d.developmentState = oneOf("developmentState", text(body, "developmentState", 8), DEVELOPMENT_STATES);
        }
        if (body.has("status")) {
            d.status = oneOf("status", text(body, "status", 24), STATUSES);
        }
        if (body.has("referencePriceWanYuan")) {
            d.referencePriceWanYuan = nonNegative(
                    "referencePriceWanYuan", JsonFields.decimal(body, "referencePriceWanYuan"), "1000000000");
        }
        if (body.has("earliestSupplyDate")) {
            d.earliestSupplyDate = JsonFields.date(body, "earliestSupplyDate");
        }
        return d;
    }

    /** The fields every parcel has and the rules between fields (the boundary is checked apart). */
    static void requireComplete(ParcelDraft d, boolean maxChanged) {
        required("parcelNo", d.parcelNo);
        required("planningUse", d.planningUse);
        required("status", d.status);
        if (d.plotRatioMin != null && d.plotRatioMax != null && d.plotRatioMin.compareTo(d.plotRatioMax) > 0) {
            throw new BadRequestException(
                    maxChanged ? "plotRatioMax" : "plotRatioMin",
                    "容积率下限 " + d.plotRatioMin + " 大于上限 " + d.plotRatioMax,
                    "plotRatioMin " + d.plotRatioMin + " is above plotRatioMax " + d.plotRatioMax);
        }
    }
}
