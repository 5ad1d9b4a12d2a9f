package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.BadRequestException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What makes a project's fields acceptable (issue 6): ranges, kinds of site, and known references. */
@Component
class ProjectRules {

    private static final Set<String> SITE_KINDS = Set.of("SPACE", "LAND", "EITHER");
    private static final Set<String> FIRE_CLASSES = Set.of("甲", "乙", "丙", "丁", "戊");

    private final JdbcClient jdbc;

    ProjectRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void check(ProjectFields p) {
        if (p.name() == null || p.name().length() > 128) {
            throw bad("name", "请填写项目名称（最多 128 字）", "name is required (at most 128 characters)");
        }
        if (p.siteKind() == null || !SITE_KINDS.contains(p.siteKind())) {
            throw bad("siteKind", "用地类型应为 SPACE（厂房）、LAND（土地）或 EITHER（均可）", "siteKind must be SPACE, LAND or EITHER");
        }
        try {
            ProjectStatus.valueOf(String.valueOf(p.status()));
        } catch (IllegalArgumentException e) {
            throw bad(
                    "status",
                    "状态应为 INTENT、SITING、SIGNED、STARTED、PRODUCING 或 DROPPED",
                    "status must be INTENT, SITING, SIGNED, STARTED, PRODUCING or DROPPED");
        }
        boolean space = !p.siteKind().equals("LAND");
        boolean land = !p.siteKind().equals("SPACE");
        if (space && (p.minAreaM2() == null || p.maxAreaM2() == null)) {
            throw bad(
                    "minAreaM2",
                    "需要厂房的项目必须给出面积范围 minAreaM2–maxAreaM2（m²）",
                    "A project that needs floor space needs an area range minAreaM2–maxAreaM2 (m²)");
        }
        if (land && (p.minAreaMu() == null || p.maxAreaMu() == null)) {
            throw bad(
                    "minAreaMu",
                    "需要土地的项目必须给出面积范围 minAreaMu–maxAreaMu（亩）",
                    "A project that needs land needs an area range minAreaMu–maxAreaMu (亩)");
        }
        range("AreaM2", p.minAreaM2(), p.maxAreaM2());
        range("AreaMu", p.minAreaMu(), p.maxAreaMu());
        positive("minAreaM2", p.minAreaM2());
        positive("minAreaMu", p.minAreaMu());
        positive("minCeilingHeightM", p.minCeilingHeightM());
        positive("minFloorLoadKgM2", p.minFloorLoadKgM2());
        positive("minPowerKva", p.minPowerKva());
        positive("investmentWanYuan", p.investmentWanYuan());
        notNegative("maxRentYuanM2Month", p.maxRentYuanM2Month());
        notNegative("budgetWanYuan", p.budgetWanYuan());
        if (p.pollutionClass() != null && (p.pollutionClass() < 1 || p.pollutionClass() > 3)) {
            throw bad(
                    "pollutionClass",
                    "污染等级应为 1（轻）、2（中）或 3（重）",
                    "pollutionClass must be 1 (light), 2 (medium) or 3 (heavy)");
        }
        if (p.fireClass() != null && !FIRE_CLASSES.contains(p.fireClass())) {
            throw bad("fireClass", "火灾危险性应为 甲、乙、丙、丁 或 戊", "fireClass must be one of 甲 乙 丙 丁 戊");
        }
        if (p.industryCode() != null && !exists("SELECT count(*) FROM industry WHERE code = ?", p.industryCode())) {
            throw bad("industryCode", "未知产业 " + p.industryCode(), "Unknown industry " + p.industryCode());
        }
        if (p.enterpriseId() != null && !exists("SELECT count(*) FROM enterprise WHERE id = ?", p.enterpriseId())) {
            throw bad(
                    "enterpriseId",
                    "企业 " + p.enterpriseId() + " 不存在",
                    "Enterprise " + p.enterpriseId() + " does not exist");
        }
        unknown("preferredTowns", "town", "镇街", "town", p.preferredTowns());
        unknown("preferredParks", "park", "园区", "park", p.preferredParks());
        if (p.assignedStaff() != null
                && !exists(
                        "SELECT count(*) FROM app_user WHERE username = ? AND role IN ('STAFF', 'ADMIN')",
                        p.assignedStaff())) {
            throw bad(
                    "assignedStaff",
                    "负责人 " + p.assignedStaff() + " 不是招商人员账号",
                    "assignedStaff " + p.assignedStaff() + " is not a staff account");
        }
    }

    private void unknown(String field, String table, String zh, String en, List<String> codes) {
        for (String code : codes) {
            if (!exists("SELECT count(*) FROM " + table + " WHERE code = ?", code)) {
                throw bad(field, "未知" + zh + " " + code, "Unknown " + en + " " + code);
            }
        }
    }

    private boolean exists(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single() > 0;
    }

    private static void range(String what, BigDecimal min, BigDecimal max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw bad("min" + what, "min" + what + " 不能大于 max" + what, "min" + what + " must not exceed max" + what);
        }
    }

    private static void positive(String field, BigDecimal v) {
        if (v != null && v.signum() <= 0) {
            throw bad(field, field + " 必须大于 0", field + " must be greater than 0");
        }
    }

    private static void notNegative(String field, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            throw bad(field, field + " 不能为负数", field + " cannot be negative");
        }
    }

    private static BadRequestException bad(String field, String zh, String en) {
        return new BadRequestException(field, zh, en);
    }
}
