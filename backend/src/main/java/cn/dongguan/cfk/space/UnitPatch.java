package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.BadRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON merge patch (RFC 7396) of a unit's occupancy: only the fields named change, null clears a
 * field that may be unknown. Reads the patch and the unit's current state into the state after it;
 * {@link #validate} then checks the result against SPEC §8.
 */
final class UnitPatch {

    static final Set<String> FIELDS =
            Set.of("status", "vacantAreaM2", "rentYuanM2Month", "availableFrom", "occupantEnterpriseId");
    private static final Set<String> STATUSES = Set.of("VACANT", "RESERVED", "OCCUPIED");

    private UnitPatch() {}

    static OccupancyState apply(JsonNode patch, OccupancyState current, BigDecimal unitArea) {
        if (patch == null || !patch.isObject()) {
            throw new BadRequestException(
                    "body", "请求内容应为 JSON 对象（JSON merge patch）", "The body must be a JSON object (a JSON merge patch)");
        }
        for (Iterator<String> names = patch.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadRequestException(
                        name,
                        "字段 " + name + " 不能在此修改（可修改："
                                + String.join("、", FIELDS.stream().sorted().toList()) + "）",
                        "Field '" + name + "' cannot be changed here (allowed: "
                                + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String status = patch.has("status") ? text(patch, "status") : current.status();
        BigDecimal vacant = patch.has("vacantAreaM2") ? decimal(patch, "vacantAreaM2") : current.vacantAreaM2();
        if (!patch.has("vacantAreaM2") && patch.has("status") && !status.equals(current.status())) {
            // A status change alone brings the vacant area along: let/reserved units have none, a unit
            // that becomes vacant is wholly vacant unless the patch says how much.
            vacant = "VACANT".equals(status) ? unitArea : BigDecimal.ZERO;
        }
        BigDecimal rent = patch.has("rentYuanM2Month") ? decimal(patch, "rentYuanM2Month") : current.rentYuanM2Month();
        LocalDate availableFrom = patch.has("availableFrom") ? date(patch, "availableFrom") : current.availableFrom();
        Long occupant =
                patch.has("occupantEnterpriseId") ? id(patch, "occupantEnterpriseId") : current.occupantEnterpriseId();
        return new OccupancyState(status, vacant, rent, availableFrom, occupant);
    }

    static void validate(OccupancyState s, BigDecimal unitArea) {
        if (s.status() == null || !STATUSES.contains(s.status())) {
            throw new BadRequestException(
                    "status",
                    "状态应为 VACANT（空置）、RESERVED（已预订）或 OCCUPIED（已占用）",
                    "status must be VACANT, RESERVED or OCCUPIED");
        }
        if (s.vacantAreaM2() == null || s.vacantAreaM2().signum() < 0) {
            throw new BadRequestException("vacantAreaM2", "空置面积不能为空或负数", "vacantAreaM2 must be zero or more");
        }
        if (s.vacantAreaM2().compareTo(unitArea) > 0) {
            throw new BadRequestException(
                    "vacantAreaM2",
                    "空置面积 " + s.vacantAreaM2() + " m² 超过单元面积 " + unitArea + " m²",
                    "vacantAreaM2 " + s.vacantAreaM2() + " exceeds the unit's area of " + unitArea + " m²");
        }
        if ("VACANT".equals(s.status()) && s.vacantAreaM2().signum() == 0) {
            throw new BadRequestException(
                    "vacantAreaM2", "状态为空置时空置面积必须大于 0", "A VACANT unit needs a vacantAreaM2 above 0");
        }
        if (!"VACANT".equals(s.status()) && s.vacantAreaM2().signum() > 0) {
            throw new BadRequestException(
                    "vacantAreaM2",
                    "状态为 " + s.status() + " 时空置面积应为 0",
                    "A " + s.status() + " unit has no vacant area (vacantAreaM2 must be 0)");
        }
        if (s.rentYuanM2Month() != null && s.rentYuanM2Month().signum() < 0) {
            throw new BadRequestException("rentYuanM2Month", "租金不能为负数", "rentYuanM2Month cannot be negative");
        }
        if (s.rentYuanM2Month() != null && s.rentYuanM2Month().compareTo(new BigDecimal("1000")) > 0) {
            throw new BadRequestException(
                    "rentYuanM2Month",
                    "租金超出合理范围（≤ 1000 元/m²·月）",
                    "rentYuanM2Month is implausible (at most 1000 yuan/m² per month)");
        }
    }

    private static String text(JsonNode patch, String field) {
        JsonNode v = patch.get(field);
        if (!v.isString()) {
            throw wrongType(field, "文本", "a string");
        }
        return v.asString();
    }

    private static BigDecimal decimal(JsonNode patch, String field) {
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrongType(field, "数字", "a number");
        }
        return v.decimalValue();
    }

    private static Long id(JsonNode patch, String field) {
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() <= 0) {
            throw wrongType(field, "正整数（企业编号）", "a positive integer (an enterprise id)");
        }
        return v.asLong();
    }

    private static LocalDate date(JsonNode patch, String field) {
        JsonNode v = patch.get(field);
        if (v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            throw wrongType(field, "日期（如 2026-12-01）", "a date such as 2026-12-01");
        }
    }

    private static BadRequestException wrongType(String field, String zh, String en) {
        return new BadRequestException(field, "字段 " + field + " 应为" + zh, "Field '" + field + "' must be " + en);
    }
}
