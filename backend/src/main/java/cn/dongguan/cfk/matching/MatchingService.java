package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.efficiency.EfficiencyGrades;
import cn.dongguan.cfk.efficiency.EfficiencyProperties;
import cn.dongguan.cfk.project.ProjectRequirement;
import cn.dongguan.cfk.project.ProjectService;
import cn.dongguan.cfk.project.RequirementValidator;
import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.security.Role;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.JsonBodies;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Matching as the API offers it: for a saved project (who may see which project is the project
 * feature's rule) or an unsaved requirement (checked by the project feature's validator); answers
 * without personal data.
 */
@Service
@Transactional(readOnly = true)
class MatchingService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MatchingService.class);

    /** A requirement and what it is called in exports. */
    record Resolved(SiteRequirement requirement, String title) {}

    private final Matcher matcher;
    private final MatchQueries queries;
    private final RequirementValidator validator;
    private final ProjectService projects;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;
    private final Shortlists shortlists;
    private final SiteContacts contacts;
    private final Clock clock;
    private final EfficiencyGrades grades;
    private final EfficiencyProperties.Policy policy;

    MatchingService(
            Matcher matcher,
            MatchQueries queries,
            RequirementValidator validator,
            ProjectService projects,
            JsonBodies bodies,
            CurrentViewer viewer,
            Shortlists shortlists,
            SiteContacts contacts,
            Clock clock,
            EfficiencyGrades grades,
            EfficiencyProperties efficiency) {
        this.matcher = matcher;
        this.queries = queries;
        this.validator = validator;
        this.projects = projects;
        this.bodies = bodies;
        this.viewer = viewer;
        this.shortlists = shortlists;
        this.contacts = contacts;
        this.clock = clock;
        this.grades = grades;
        this.policy = efficiency.policy();
    }

    MatchResponse forProject(long projectId, Integer limit, String weights) {
        requireMatcher();
        int n = limit(limit);
        Weights w = Weights.parse(weights, defaultWeights());
        SiteRequirement r = projects.visibleRequirement(projectId).requirement();
        return answer(matcher.match(r, w, n, MatchClock.of(clock), allocation(projectId)), w, true);
    }

    MatchResponse preview(JsonNode body, Integer limit, String weights) {
        requireMatcher();
        int n = limit(limit);
        Weights w = Weights.parse(weights, defaultWeights());
        SiteRequirement r = validator.read(body);
        return answer(matcher.match(r, w, n, MatchClock.of(clock)), w, true);
    }

    /** The named candidates as they are now; {@code items} in the order asked, each with its failures if any. */
    MatchResponse evaluate(JsonNode body) {
        requireMatcher();
        MatchRequest request = bodies.read(body, MatchRequest.class);
        Weights w = Weights.parse(request.weights(), defaultWeights());
        Resolved resolved = resolve(request);
        return answer(
                matcher.evaluate(
                        resolved.requirement(),
                        w,
                        request.candidates(),
                        MatchClock.of(clock),
                        allocation(request.projectId())),
                w,
                false);
    }

    /**
     * The named candidates as a workbook; for staff naming a project and no candidates, the project's saved
     * shortlist (so that no other project's list is ever carried into it).
     */
    byte[] shortlist(JsonNode body) {
        requireMatcher();
        MatchRequest request = bodies.read(body, MatchRequest.class);
        Weights w = Weights.parse(request.weights(), defaultWeights());
        Resolved resolved = resolve(request);
        List<String> candidates = request.candidates() == null && request.projectId() != null && viewer.isStaffOrAdmin()
                ? shortlists.candidatesOf(request.projectId())
                : request.candidates();
        MatchResponse answer = answer(
                matcher.evaluate(
                        resolved.requirement(), w, candidates, MatchClock.of(clock), allocation(request.projectId())),
                w,
                false);
        return ShortlistWorkbook.write(
                resolved.title(),
                describe(resolved.requirement()),
                answer.items(),
                contacts.of(answer.items(), viewer.isStaffOrAdmin()),
                MatchClock.of(clock).today());
    }

    private Resolved resolve(MatchRequest request) {
        if (request.projectId() != null) {
            ProjectRequirement project = projects.visibleRequirement(request.projectId());
            return new Resolved(project.requirement(), project.name());
        }
        if (request.requirement() == null || request.requirement().isNull()) {
            throw new BadRequestException(
                    "projectId", "请给出项目 projectId 或需求 requirement", "Give a projectId or a requirement");
        }
        return new Resolved(validator.read(request.requirement()), "选址需求 Site requirement");
    }

    /**
     * The differentiated-allocation policy for a saved project: its enterprise's latest grade. Only for
     * staff and administrators, who may see grades; none for unsaved requirements and other viewers.
     */
    private Allocation allocation(Long projectId) {
        if (projectId == null || !viewer.isStaffOrAdmin()) {
            return Allocation.NONE;
        }
        return queries.projectEnterprise(projectId)
                .flatMap(grades::latestGrade)
                .map(g -> new Allocation(g.grade(), g.year(), policy.dGradeNoNewLand()))
                .orElse(Allocation.NONE);
    }

    /**
     * The viewer's default weights: with the 亩均 grade criterion for staff and administrators while the
     * policy favours A and B ({@code cfk.efficiency.policy.favour-a-b}, its weight {@code grade-weight});
     * for anyone else the site criteria only, so that no grade is scored or explained to them, not even
     * an enterprise's own (every site of a project would score the same on it, so leaving it out changes
     * no enterprise's ranking of sites).
     */
    Weights defaultWeights() {
        requireMatcher();
        return defaultWeights(viewer.isStaffOrAdmin(), policy);
    }

    /** The default weights of a viewer who is or is not staff (or an administrator), under the policy. */
    static Weights defaultWeights(boolean staffOrAdmin, EfficiencyProperties.Policy policy) {
        return staffOrAdmin && policy.favourAB() ? Weights.withGrade(policy.gradeWeight()) : Weights.DEFAULT;
    }

    /** Matching is for staff, administrators and enterprises (also refused by the security rules). */
    private void requireMatcher() {
        if (viewer.role()
                .filter(r -> r == Role.STAFF || r == Role.ADMIN || r == Role.ENTERPRISE)
                .isEmpty()) {
            throw new ForbiddenException(
                    "选址匹配仅供招商人员、管理员和企业使用", "Site matching is for investment staff, administrators and enterprises");
        }
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return Matcher.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > Matcher.MAX_LIMIT) {
            throw new BadRequestException(
                    "limit",
                    "limit 应在 1 到 " + Matcher.MAX_LIMIT + " 之间",
                    "limit must be between 1 and " + Matcher.MAX_LIMIT);
        }
        return limit;
    }

    // ---- the answer --------------------------------------------------------------------------

    private MatchResponse answer(Matcher.Result result, Weights weights, boolean split) {
        long started = System.nanoTime();
        List<Matcher.Evaluated> all = new ArrayList<>(result.items());
        all.addAll(result.nearMisses());
        Map<Long, MatchQueries.Shape> buildingShapes = queries.buildingShapes(all.stream()
                .filter(e -> e.candidate().kind() == Candidate.Kind.UNITS)
                .map(e -> e.candidate().building().id())
                .distinct()
                .toList());
        Map<String, MatchQueries.Shape> parcelShapes = new HashMap<>();
        for (Matcher.Evaluated e : all) {
            if (e.candidate().kind() == Candidate.Kind.PARCELS) {
                parcelShapes.computeIfAbsent(
                        e.candidate().id(),
                        id -> queries.parcelsShape(e.candidate().parcels().stream()
                                .map(ParcelFact::id)
                                .toList()));
            }
        }
        List<MatchResponse.Item> items = result.items().stream()
                .map(e -> item(e, result, buildingShapes, parcelShapes, !split))
                .toList();
        List<MatchResponse.Item> near = result.nearMisses().stream()
                .map(e -> item(e, result, buildingShapes, parcelShapes, true))
                .toList();
        log.debug("answer: {} ms", (System.nanoTime() - started) / 1_000_000);
        return new MatchResponse(weights.points(), items, near);
    }

    private static MatchResponse.Item item(
            Matcher.Evaluated e,
            Matcher.Result result,
            Map<Long, MatchQueries.Shape> buildingShapes,
            Map<String, MatchQueries.Shape> parcelShapes,
            boolean withFailures) {
        Candidate c = e.candidate();
        Measures m = e.measures();
        Names names = result.names();
        Site site = c.site();
        boolean units = c.kind() == Candidate.Kind.UNITS;
        MatchQueries.Shape shape = units ? buildingShapes.get(c.building().id()) : parcelShapes.get(c.id());
        MatchResponse.Facts facts = units
                ? new MatchResponse.Facts(
                        new MatchResponse.SpaceFacts(
                                m.floorsText(),
                                c.units().size(),
                                Math.round(m.wholeFloorShare() * 100) / 100.0,
                                m.adjacentFloors(),
                                m.minCeilingHeightM(),
                                m.minFloorLoadKgM2(),
                                m.totalPowerKva(),
                                m.unknownPowerUnits(),
                                m.averageRent(),
                                m.readyFrom(),
                                m.oldestConfirmedAt(),
                                m.oldestConfirmedAt() != null
                                        && result.scorer().clock().stale(m.oldestConfirmedAt()),
                                c.building().fireHazardClass(),
                                m.expectedCompletion() != null,
                                m.expectedCompletion()),
                        MatchResponse.LandFacts.NONE)
                : new MatchResponse.Facts(
                        MatchResponse.SpaceFacts.NONE,
                        new MatchResponse.LandFacts(
                                c.parcels().stream()
                                        .map(ParcelFact::planningUse)
                                        .distinct()
                                        .sorted()
                                        .toList(),
                                m.priceWanYuan(),
                                m.readyFrom(),
                                m.reserveLand(),
                                m.rawLand(),
                                HardFilters.unchecked(c, result.need())));
        List<MatchResponse.FailedFilter> failed = withFailures && e.failures() != null
                ? e.failures().stream()
                        .map(f -> new MatchResponse.FailedFilter(
                                f.filter().key(), f.unknown(), f.reasonZh(), f.reasonEn()))
                        .toList()
                : null;
        return new MatchResponse.Item(
                c.id(),
                c.kind(),
                units ? c.units().stream().map(UnitFact::id).sorted().toList() : null,
                units ? null : c.parcels().stream().map(ParcelFact::id).toList(),
                units ? c.building().id() : null,
                units ? c.building().name() : null,
                units ? null : c.parcels().stream().map(ParcelFact::parcelNo).toList(),
                site.parkCode(),
                site.parkCode() == null ? null : names.parkZh(site.parkCode()),
                site.townCode(),
                names.townZh(site.townCode()),
                c.totalAreaM2(),
                c.totalAreaMu(),
                e.total(),
                result.scorer().explain(m, e.scores()),
                facts,
                shape == null ? null : shape.point(),
                shape == null ? null : shape.geometry(),
                failed);
    }

    /** The requirement in a few words, for the export's heading. */
    private static List<String> describe(SiteRequirement r) {
        List<String> lines = new ArrayList<>();
        if (r.siteKind().wantsSpace()) {
            lines.add("厂房面积 Floor space: " + Fmt.number(r.minAreaM2()) + "–" + Fmt.number(r.maxAreaM2()) + " m²");
        }
        if (r.siteKind().wantsLand()) {
            lines.add("用地面积 Land: " + Fmt.number(r.minAreaMu()) + "–" + Fmt.number(r.maxAreaMu()) + " 亩 mu");
        }
        List<String> needs = new ArrayList<>();
        need(needs, r.minCeilingHeightM(), v -> "层高 ceiling ≥ " + Fmt.number(v) + " m");
        need(needs, r.minFloorLoadKgM2(), v -> "荷载 floor load ≥ " + Fmt.number(v) + " kg/m²");
        need(needs, r.minPowerKva(), v -> "电力 power ≥ " + Fmt.number(v) + " kVA");
        need(needs, r.fireClass(), v -> "火灾危险性 fire class " + v);
        need(needs, r.pollutionClass(), v -> "污染等级 pollution class " + v);
        need(needs, r.maxRentYuanM2Month(), v -> "租金 rent ≤ " + Fmt.number(v) + " 元/m²·月");
        need(needs, r.budgetWanYuan(), v -> "预算 budget " + Fmt.number(v) + " 万元");
        need(needs, r.neededBy(), v -> "需要日期 needed by " + v);
        if (!needs.isEmpty()) {
            lines.add(String.join("；", needs));
        }
        return lines;
    }

    /** A line of the heading for a value the requirement gives. */
    private static <T> void need(List<String> needs, T value, Function<T, String> line) {
        if (value != null) {
            needs.add(line.apply(value));
        }
    }
}
