package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.reference.Industry;
import cn.dongguan.cfk.reference.ReferenceData;
import cn.dongguan.cfk.reference.Town;
import cn.dongguan.cfk.shared.BadRequestException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks an unsaved requirement field by field: the first problem is a 400 naming its field. */
@Component
class RequirementValidator {

    /** Dongguan's extent (SPEC §4). */
    static final double MIN_LON = 113.5;

    static final double MAX_LON = 114.3;
    static final double MIN_LAT = 22.6;
    static final double MAX_LAT = 23.2;

    private final ReferenceData reference;
    private final MatchQueries queries;

    RequirementValidator(ReferenceData reference, MatchQueries queries) {
        this.reference = reference;
        this.queries = queries;
    }

    Requirement validate(RequirementInput in) {
        if (in == null) {
            throw new BadRequestException("body", "请提供需求", "Send a requirement");
        }
        SiteKind kind = siteKind(in.siteKind());
        if (kind.wantsSpace()) {
            range(in.minAreaM2(), in.maxAreaM2(), "minAreaM2", "maxAreaM2", "m²");
        }
        if (kind.wantsLand()) {
            range(in.minAreaMu(), in.maxAreaMu(), "minAreaMu", "maxAreaMu", "亩");
        }
        positive(in.minCeilingHeightM(), "minCeilingHeightM");
        positive(in.minFloorLoadKgM2(), "minFloorLoadKgM2");
        positive(in.minPowerKva(), "minPowerKva");
        notNegative(in.maxRentYuanM2Month(), "maxRentYuanM2Month");
        notNegative(in.budgetWanYuan(), "budgetWanYuan");
        if (in.fireClass() != null && HardFilters.fireRank(in.fireClass()) == 0) {
            throw new BadRequestException("fireClass", "火灾危险性类别应为 甲、乙、丙、丁 或 戊", "fireClass must be one of 甲 乙 丙 丁 戊");
        }
        if (in.pollutionClass() != null && (in.pollutionClass() < 1 || in.pollutionClass() > 3)) {
            throw new BadRequestException("pollutionClass", "污染等级应为 1、2 或 3", "pollutionClass must be 1, 2 or 3");
        }
        if (in.industryCode() != null
                && reference.industries().stream().map(Industry::code).noneMatch(in.industryCode()::equals)) {
            throw new BadRequestException(
                    "industryCode",
                    "没有产业代码 “" + in.industryCode() + "”",
                    "No industry with code '" + in.industryCode() + "'");
        }
        List<String> towns = in.preferredTowns() == null ? List.of() : in.preferredTowns();
        Set<String> knownTowns = reference.towns().stream().map(Town::code).collect(Collectors.toSet());
        for (String town : towns) {
            if (!knownTowns.contains(town)) {
                throw new BadRequestException(
                        "preferredTowns", "没有镇街代码 “" + town + "”", "No town with code '" + town + "'");
            }
        }
        List<String> parks = in.preferredParks() == null ? List.of() : in.preferredParks();
        Set<String> knownParks = parks.isEmpty() ? Set.of() : queries.parkCodes();
        for (String park : parks) {
            if (!knownParks.contains(park)) {
                throw new BadRequestException(
                        "preferredParks", "没有园区 “" + park + "”", "No park with code '" + park + "'");
            }
        }
        boolean hard = Boolean.TRUE.equals(in.locationHard());
        if (hard && towns.isEmpty() && parks.isEmpty()) {
            throw new BadRequestException(
                    "locationHard", "限定区位时请指定镇街或园区", "A hard location limit needs preferred towns or parks");
        }
        GeoPoint point = null;
        if (in.point() != null) {
            Double lon = in.point().lon();
            Double lat = in.point().lat();
            if (lon == null || lat == null || lon < MIN_LON || lon > MAX_LON || lat < MIN_LAT || lat > MAX_LAT) {
                throw new BadRequestException(
                        "point",
                        "位置应在东莞范围内（东经 113.5–114.3，北纬 22.6–23.2）",
                        "point must lie in Dongguan (longitude 113.5–114.3, latitude 22.6–23.2, WGS84)");
            }
            point = new GeoPoint(lon, lat);
        }
        return new Requirement(
                kind,
                kind.wantsSpace() ? in.minAreaM2() : null,
                kind.wantsSpace() ? in.maxAreaM2() : null,
                kind.wantsLand() ? in.minAreaMu() : null,
                kind.wantsLand() ? in.maxAreaMu() : null,
                toDouble(in.minCeilingHeightM()),
                toDouble(in.minFloorLoadKgM2()),
                toDouble(in.minPowerKva()),
                in.fireClass(),
                in.pollutionClass(),
                in.industryCode(),
                towns.stream().distinct().toList(),
                parks.stream().distinct().toList(),
                hard,
                toDouble(in.maxRentYuanM2Month()),
                toDouble(in.budgetWanYuan()),
                in.neededBy(),
                point);
    }

    private static SiteKind siteKind(String text) {
        if (text == null) {
            throw new BadRequestException(
                    "siteKind", "请指定场地类型 siteKind（SPACE、LAND 或 EITHER）", "siteKind is required: SPACE, LAND or EITHER");
        }
        try {
            return SiteKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "siteKind", "场地类型应为 SPACE、LAND 或 EITHER", "siteKind must be SPACE, LAND or EITHER");
        }
    }

    private static void range(BigDecimal min, BigDecimal max, String minField, String maxField, String unit) {
        if (min == null) {
            throw new BadRequestException(
                    minField,
                    "请填写面积下限 " + minField + "（" + unit + "）",
                    minField + " is required for this kind of site");
        }
        if (max == null) {
            throw new BadRequestException(
                    maxField,
                    "请填写面积上限 " + maxField + "（" + unit + "）",
                    maxField + " is required for this kind of site");
        }
        positive(min, minField);
        positive(max, maxField);
        if (min.compareTo(max) > 0) {
            throw new BadRequestException(minField, "面积下限不能大于上限", minField + " must not exceed " + maxField);
        }
    }

    private static void positive(BigDecimal value, String field) {
        if (value != null && value.signum() <= 0) {
            throw new BadRequestException(field, field + " 应大于 0", field + " must be greater than 0");
        }
    }

    private static void notNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new BadRequestException(field, field + " 不能为负数", field + " must not be negative");
        }
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
