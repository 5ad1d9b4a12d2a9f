package cn.dongguan.cfk.project;

import cn.dongguan.cfk.reference.Industry;
import cn.dongguan.cfk.reference.ReferenceData;
import cn.dongguan.cfk.reference.Town;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.DongguanExtent;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.TextLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The one check of a site requirement, for a project's and for an unsaved one: the constraints on
 * {@link SiteRequirement}, then the rules across fields (an area range for each kind of site wanted,
 * a hard location limit needs places, planned energy use needs a planned output), then the references (industry, towns, parks). The first
 * problem is a 400 naming its field, in Chinese and English.
 */
@Component
public class RequirementValidator {

    private final JsonBodies bodies;
    private final ReferenceData reference;
    private final JdbcClient jdbc;

    RequirementValidator(JsonBodies bodies, ReferenceData reference, JdbcClient jdbc) {
        this.bodies = bodies;
        this.reference = reference;
        this.jdbc = jdbc;
    }

    /** An unsaved requirement from a request body, checked. */
    public SiteRequirement read(JsonNode body) {
        return rules(bodies.read(body, SiteRequirement.class));
    }

    /** The requirement if it is acceptable; a 400 naming the first field at fault otherwise. */
    public SiteRequirement check(SiteRequirement r) {
        bodies.validate(r);
        return rules(r);
    }

    private SiteRequirement rules(SiteRequirement r) {
        if (r.siteKind().wantsSpace()) {
            range(r.minAreaM2(), r.maxAreaM2(), "minAreaM2", "maxAreaM2", "m²", "厂房", "floor space");
        }
        if (r.siteKind().wantsLand()) {
            range(r.minAreaMu(), r.maxAreaMu(), "minAreaMu", "maxAreaMu", "亩", "土地", "land");
        }
        FireHazardClass.parse(r.fireClass(), "fireClass");
        if (r.plannedEnergyTceYear() != null
                && (r.plannedOutputWanYuanYear() == null
                        || r.plannedOutputWanYuanYear().signum() == 0)) {
            throw new BadRequestException(
                    "plannedEnergyTceYear",
                    "字段 plannedEnergyTceYear：给出能耗时须给出大于 0 的达产年产值 plannedOutputWanYuanYear（单位产值能耗 = 能耗 ÷ 产值）",
                    "Field 'plannedEnergyTceYear': energy use needs an annual output plannedOutputWanYuanYear above 0"
                            + " (energy per output = energy ÷ output)");
        }
        if (r.locationHard()
                && r.preferredTowns().isEmpty()
                && r.preferredParks().isEmpty()) {
            throw new BadRequestException(
                    "locationHard",
                    "字段 locationHard：限定区位时请在 preferredTowns 或 preferredParks 中指定镇街或园区",
                    "Field 'locationHard': a hard location limit needs preferredTowns or preferredParks");
        }
        if (r.point() != null
                && !DongguanExtent.contains(r.point().lon(), r.point().lat())) {
            throw new BadRequestException(
                    "point",
                    "字段 point 应在东莞范围内（" + DongguanExtent.TEXT_ZH + "，WGS84）",
                    "Field 'point' must lie in Dongguan (" + DongguanExtent.TEXT_EN + ", WGS84)");
        }
        if (r.industryCode() != null
                && reference.industries().stream().map(Industry::code).noneMatch(r.industryCode()::equals)) {
            throw unknown("industryCode", r.industryCode(), "产业", "industry");
        }
        known(
                "preferredTowns",
                r.preferredTowns(),
                "镇街",
                "town",
                () -> reference.towns().stream().map(Town::code).collect(Collectors.toSet()));
        known("preferredParks", r.preferredParks(), "园区", "park", () -> parks(r.preferredParks()));
        return r;
    }

    private static void range(
            BigDecimal min, BigDecimal max, String minField, String maxField, String unit, String zh, String en) {
        String needed = "：需要" + zh + "的项目须给出面积范围 " + minField + "–" + maxField + "（" + unit + "）";
        String neededEn = ": a project that needs " + en + " needs an area range " + minField + "–" + maxField + " ("
                + unit + ")";
        if (min == null) {
            throw new BadRequestException(
                    minField, "缺少必填字段 " + minField + needed, "Field '" + minField + "' is required" + neededEn);
        }
        if (max == null) {
            throw new BadRequestException(
                    maxField, "缺少必填字段 " + maxField + needed, "Field '" + maxField + "' is required" + neededEn);
        }
        if (min.compareTo(max) > 0) {
            throw new BadRequestException(
                    minField,
                    "字段 " + minField + " 不能大于 " + maxField,
                    "Field '" + minField + "' must not exceed " + maxField);
        }
    }

    private static void known(
            String field, List<String> codes, String zh, String en, java.util.function.Supplier<Set<String>> known) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> all = known.get();
        for (String code : codes) {
            if (!all.contains(code)) {
                throw unknown(field, code, zh, en);
            }
        }
    }

    private Set<String> parks(List<String> codes) {
        return new TreeSet<>(jdbc.sql("SELECT code FROM park WHERE code IN (:codes)")
                .param("codes", codes)
                .query(String.class)
                .list());
    }

    private static BadRequestException unknown(String field, String code, String zh, String en) {
        String shown = TextLimits.shorten(code);
        return new BadRequestException(
                field,
                "字段 " + field + "：没有代码为 “" + shown + "” 的" + zh,
                "Field '" + field + "': no " + en + " with code '" + shown + "'");
    }
}
