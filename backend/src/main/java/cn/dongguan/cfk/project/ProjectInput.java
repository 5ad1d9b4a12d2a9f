package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.BadRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads a project's JSON (a new project, or a merge patch over an existing one) into its fields,
 * checking each value's type; null clears a field. Rules that need the database are in
 * {@link ProjectRules}.
 */
final class ProjectInput {

    static final Set<String> FIELDS = new TreeSet<>(Set.of(
            "name",
            "enterpriseId",
            "industryCode",
            "investmentWanYuan",
            "siteKind",
            "minAreaM2",
            "maxAreaM2",
            "minAreaMu",
            "maxAreaMu",
            "minCeilingHeightM",
            "minFloorLoadKgM2",
            "minPowerKva",
            "fireClass",
            "pollutionClass",
            "preferredTowns",
            "preferredParks",
            "locationHard",
            "maxRentYuanM2Month",
            "budgetWanYuan",
            "neededBy",
            "plannedStart",
            "status",
            "assignedStaff"));

    static final ProjectFields NEW = new ProjectFields(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
            false, null, null, null, null, "INTENT", null);

    private final JsonNode json;

    private ProjectInput(JsonNode json) {
        this.json = json;
    }

    static ProjectFields merge(JsonNode json, ProjectFields base) {
        if (json == null || !json.isObject()) {
            throw new BadRequestException("body", "请求内容应为 JSON 对象", "The body must be a JSON object");
        }
        for (String name : json.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new BadRequestException(
                        name,
                        "未知字段 " + name + "（可用字段：" + String.join("、", FIELDS) + "）",
                        "Unknown field '" + name + "' (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        ProjectInput in = new ProjectInput(json);
        return new ProjectFields(
                in.text("name", base.name()),
                in.id("enterpriseId", base.enterpriseId()),
                in.text("industryCode", base.industryCode()),
                in.number("investmentWanYuan", base.investmentWanYuan()),
                in.text("siteKind", base.siteKind()),
                in.number("minAreaM2", base.minAreaM2()),
                in.number("maxAreaM2", base.maxAreaM2()),
                in.number("minAreaMu", base.minAreaMu()),
                in.number("maxAreaMu", base.maxAreaMu()),
                in.number("minCeilingHeightM", base.minCeilingHeightM()),
                in.number("minFloorLoadKgM2", base.minFloorLoadKgM2()),
                in.number("minPowerKva", base.minPowerKva()),
                in.text("fireClass", base.fireClass()),
                in.integer("pollutionClass", base.pollutionClass()),
                in.codes("preferredTowns", base.preferredTowns()),
                in.codes("preferredParks", base.preferredParks()),
                in.bool("locationHard", base.locationHard()),
                in.number("maxRentYuanM2Month", base.maxRentYuanM2Month()),
                in.number("budgetWanYuan", base.budgetWanYuan()),
                in.date("neededBy", base.neededBy()),
                in.date("plannedStart", base.plannedStart()),
                in.text("status", base.status()),
                in.text("assignedStaff", base.assignedStaff()));
    }

    private JsonNode value(String field) {
        return json.get(field);
    }

    private String text(String field, String fallback) {
        JsonNode v = value(field);
        if (v == null) return fallback;
        if (v.isNull()) return null;
        if (!v.isString()) throw wrongType(field, "文本", "a string");
        String s = v.asString().trim();
        return s.isEmpty() ? null : s;
    }

    private BigDecimal number(String field, BigDecimal fallback) {
        JsonNode v = value(field);
        if (v == null) return fallback;
        if (v.isNull()) return null;
        if (!v.isNumber()) throw wrongType(field, "数字", "a number");
        return v.decimalValue();
    }

    private Integer integer(String field, Integer fallback) {
        JsonNode v = value(field);
        if (v == null) return fallback;
        if (v.isNull()) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw wrongType(field, "整数", "a whole number");
        return v.asInt();
    }

    private Long id(String field, Long fallback) {
        JsonNode v = value(field);
        if (v == null) return fallback;
        if (v.isNull()) return null;
        if (!v.isIntegralNumber()) throw wrongType(field, "整数编号", "a numeric id");
        return v.asLong();
    }

    private boolean bool(String field, boolean fallback) {
        JsonNode v = value(field);
        if (v == null || v.isNull()) return v == null ? fallback : false;
        if (!v.isBoolean()) throw wrongType(field, "true 或 false", "true or false");
        return v.asBoolean();
    }

    private LocalDate date(String field, LocalDate fallback) {
        JsonNode v = value(field);
        if (v == null) return fallback;
        if (v.isNull()) return null;
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw wrongType(field, "日期（如 2027-03-01）", "a date such as 2027-03-01");
        }
    }

    private List<String> codes(String field, List<String> fallback) {
        JsonNode v = value(field);
        if (v == null) return fallback;
        if (v.isNull()) return List.of();
        if (!v.isArray()) throw wrongType(field, "编码数组", "an array of codes");
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isString()) throw wrongType(field, "编码数组", "an array of codes");
            String code = e.asString().trim().toUpperCase(java.util.Locale.ROOT);
            if (!out.contains(code)) out.add(code);
        }
        return List.copyOf(out);
    }

    private static BadRequestException wrongType(String field, String zh, String en) {
        return new BadRequestException(field, "字段 " + field + " 应为" + zh, "Field '" + field + "' must be " + en);
    }
}
