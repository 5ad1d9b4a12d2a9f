package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteRequirement;
import cn.dongguan.cfk.reference.ReferenceData;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.TextLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the candidates of SPEC §6 for a requirement. Units: the per-building aggregate from SQL bounds
 * the score any set in a building can reach; buildings are opened best bound first, in batches, until
 * no unopened building can beat the last of the {@code limit} best sets found, so the answer is exact
 * without assembling sets in every building of the city. Land: every offered parcel, and the groups
 * of adjacent offered parcels, are scored.
 */
@Component
@Transactional(readOnly = true)
class Matcher {

    private static final Logger log = LoggerFactory.getLogger(Matcher.class);

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    static final int NEAR_MISSES = 10;
    /** Buildings opened per round trip. */
    static final int BATCH = 48;
    /** Buildings that cannot pass, opened (best bound first) to find near misses. */
    private static final int NEAR_POOL = 40;

    private static final Pattern CANDIDATE_ID = Pattern.compile("^[UP][0-9]{1,18}(-[0-9]{1,18}){0,199}$");

    /** One scored candidate; {@code failures} is null until written out (parcels are only counted). */
    record Evaluated(
            Candidate candidate,
            Measures measures,
            int[] scores,
            double total,
            int failureCount,
            List<Failure> failures) {}

    /** What a match found, with the scorer that can explain it. */
    record Result(List<Evaluated> items, List<Evaluated> nearMisses, Scorer scorer, Need need) {

        Names names() {
            return need.names();
        }
    }

    /** Best score first, ties by id. */
    static final Comparator<Evaluated> BY_SCORE = Comparator.comparingDouble(Evaluated::total)
            .reversed()
            .thenComparing(Evaluated::candidate, Candidate.BY_ID);
    /** Fewest failed filters first, then best score, ties by id. */
    static final Comparator<Evaluated> BY_NEARNESS =
            Comparator.comparingInt(Evaluated::failureCount).thenComparing(BY_SCORE);

    private final MatchQueries queries;
    private final ReferenceData reference;
    private final int batch;

    @Autowired
    Matcher(MatchQueries queries, ReferenceData reference) {
        this(queries, reference, BATCH);
    }

    /** With {@code batch} buildings opened per round trip. */
    Matcher(MatchQueries queries, ReferenceData reference, int batch) {
        this.queries = queries;
        this.reference = reference;
        this.batch = batch;
    }

    Result match(SiteRequirement r, Weights weights, int limit, MatchClock clock) {
        return match(r, weights, limit, clock, Allocation.NONE);
    }

    /** The best {@code limit} sites and the near misses, under the allocation policy as it applies. */
    Result match(SiteRequirement r, Weights weights, int limit, MatchClock clock, Allocation allocation) {
        long started = System.nanoTime();
        Need n = new Need(r, clock, names(), allocation);
        Scorer scorer = scorer(r, weights, clock, n.names(), allocation);
        long context = System.nanoTime();
        List<Evaluated> passing = new ArrayList<>();
        List<Evaluated> near = new ArrayList<>();
        if (r.siteKind().wantsSpace()) {
            space(n, scorer, limit, passing, near);
        }
        long space = System.nanoTime();
        if (r.siteKind().wantsLand()) {
            land(n, scorer, passing, near);
        }
        long land = System.nanoTime();
        log.debug(
                "match: context {} ms, space {} ms, land {} ms",
                (context - started) / 1_000_000,
                (space - context) / 1_000_000,
                (land - space) / 1_000_000);
        passing.sort(BY_SCORE);
        near.sort(BY_NEARNESS);
        List<Evaluated> nearMisses = near.subList(0, Math.min(NEAR_MISSES, near.size())).stream()
                .map(e -> e.failures() != null
                        ? e
                        : new Evaluated(
                                e.candidate(),
                                e.measures(),
                                e.scores(),
                                e.total(),
                                e.failureCount(),
                                HardFilters.check(e.candidate(), n)))
                .toList();
        return new Result(List.copyOf(passing.subList(0, Math.min(limit, passing.size()))), nearMisses, scorer, n);
    }

    /** Whether the text names a candidate as matching answers them (U12-13, P7). */
    static boolean isCandidateId(String id) {
        return id != null && CANDIDATE_ID.matcher(id).matches();
    }

    /** Scores the named candidates (a shortlist) as they are now, passing or not, in the order given. */
    Result evaluate(SiteRequirement r, Weights weights, List<String> ids, MatchClock clock) {
        return evaluate(r, weights, ids, clock, Allocation.NONE);
    }

    /** Like {@link #evaluate(SiteRequirement, Weights, List, MatchClock)} under the allocation policy. */
    Result evaluate(SiteRequirement r, Weights weights, List<String> ids, MatchClock clock, Allocation allocation) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_LIMIT) {
            throw new BadRequestException(
                    "candidates",
                    "请给出 1 到 " + MAX_LIMIT + " 个候选场地编号",
                    "Give between 1 and " + MAX_LIMIT + " candidate ids");
        }
        Need n = new Need(r, clock, names(), allocation);
        Scorer scorer = scorer(r, weights, clock, n.names(), allocation);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (String id : ids) {
            if (!isCandidateId(id)) {
                throw new BadRequestException(
                        "candidates",
                        "候选场地编号 “" + TextLimits.shorten(id) + "” 无效，应形如 U12-13 或 P7",
                        "Candidate id '" + TextLimits.shorten(id) + "' is invalid: expected e.g. U12-13 or P7");
            }
            candidates.putIfAbsent(id, lookUp(id));
        }
        List<Evaluated> items =
                candidates.values().stream().map(c -> full(c, n, scorer)).toList();
        return new Result(items, List.of(), scorer, n);
    }

    // ---- space -------------------------------------------------------------------------------

    private record Bounded(MatchQueries.BuildingBound building, double bound) {}

    private static final Comparator<Bounded> BY_BOUND = Comparator.comparingDouble(Bounded::bound)
            .reversed()
            .thenComparingLong(b -> b.building().buildingId());

    private void space(Need n, Scorer scorer, int limit, List<Evaluated> passing, List<Evaluated> near) {
        List<Bounded> promising = new ArrayList<>();
        List<Bounded> hopeless = new ArrayList<>();
        for (MatchQueries.BuildingBound b : queries.buildingBounds(n)) {
            if (HardFilters.mayPass(b, n)) {
                promising.add(new Bounded(
                        b,
                        scorer.upperBound(
                                b.site(),
                                b.strictLowestRent(),
                                b.strictRentUnknown(),
                                b.strictEarliest(),
                                b.strictLatestConfirmed())));
            } else {
                hopeless.add(new Bounded(
                        b,
                        scorer.upperBound(
                                b.site(),
                                b.nearLowestRent(),
                                b.nearRentUnknown(),
                                b.nearEarliest(),
                                b.nearLatestConfirmed())));
            }
        }
        promising.sort(BY_BOUND);
        hopeless.sort(BY_BOUND);
        int opened = 0;

        TreeSet<Evaluated> best = new TreeSet<>(BY_SCORE);
        for (int i = 0; i < promising.size(); i += batch) {
            if (best.size() >= limit && promising.get(i).bound() < best.last().total()) {
                break;
            }
            List<Long> ids = promising.subList(i, Math.min(i + batch, promising.size())).stream()
                    .map(b -> b.building().buildingId())
                    .toList();
            opened += ids.size();
            for (BuildingFact b : queries.buildings(ids)) {
                Evaluated e = bestSet(b, u -> HardFilters.usable(u, n), n, scorer);
                if (e == null) {
                    continue;
                }
                if (e.failureCount() == 0) {
                    best.add(e);
                    if (best.size() > limit) {
                        best.pollLast();
                    }
                } else if (HardFilters.near(e.candidate(), n)) {
                    near.add(e);
                }
            }
        }
        passing.addAll(best);
        log.debug("space: {} buildings may pass, {} opened, {} cannot pass", promising.size(), opened, hopeless.size());

        List<Long> pool = hopeless.subList(0, Math.min(NEAR_POOL, hopeless.size())).stream()
                .map(b -> b.building().buildingId())
                .toList();
        for (BuildingFact b : queries.buildings(pool)) {
            Evaluated e = bestSet(b, u -> HardFilters.nearlyUsable(u, n), n, scorer);
            if (e != null && e.failureCount() > 0 && HardFilters.near(e.candidate(), n)) {
                near.add(e);
            }
        }
    }

    /** The building's best set of usable units: one that passes if any, else the one failing least. */
    private static Evaluated bestSet(BuildingFact b, Predicate<UnitFact> usable, Need n, Scorer scorer) {
        List<UnitFact> units = b.units().stream().filter(usable).toList();
        if (units.isEmpty()) {
            return null;
        }
        SiteRequirement r = n.requirement();
        Evaluated best = null;
        for (Candidate c : UnitSetAssembler.sets(b, units, r.minAreaM2(), r.maxAreaM2())) {
            Evaluated e = full(c, n, scorer);
            if (best == null || BY_NEARNESS.compare(e, best) < 0) {
                best = e;
            }
        }
        return best;
    }

    // ---- land --------------------------------------------------------------------------------

    private void land(Need n, Scorer scorer, List<Evaluated> passing, List<Evaluated> near) {
        SiteRequirement r = n.requirement();
        List<ParcelFact> offered = queries.offeredParcels(n);
        for (ParcelFact p : offered) {
            Candidate c = Candidate.parcels(List.of(p), 0);
            int failures = HardFilters.failureCount(c, n);
            if (failures == 0) {
                passing.add(counted(c, scorer, 0));
            } else if (HardFilters.near(c, n)) {
                near.add(counted(c, scorer, failures));
            }
        }
        List<ParcelFact> groupable =
                offered.stream().filter(p -> HardFilters.parcelPasses(p, n)).toList();
        for (List<Candidate> cluster :
                ParcelGroupAssembler.groups(groupable, queries.offeredNeighbours(n), r.minAreaMu(), r.maxAreaMu())) {
            Evaluated best = null;
            for (Candidate c : cluster) {
                Evaluated e = counted(c, scorer, HardFilters.failureCount(c, n));
                if (best == null || BY_NEARNESS.compare(e, best) < 0) {
                    best = e;
                }
            }
            if (best.failureCount() == 0) {
                passing.add(best);
            } else if (HardFilters.near(best.candidate(), n)) {
                near.add(best);
            }
        }
    }

    // ---- evaluating one candidate ------------------------------------------------------------

    private static Evaluated full(Candidate c, Need n, Scorer scorer) {
        Measures m = Measures.of(c);
        int[] scores = scorer.scores(m);
        List<Failure> failures = HardFilters.check(c, n);
        return new Evaluated(c, m, scores, scorer.total(scores), failures.size(), failures);
    }

    private static Evaluated counted(Candidate c, Scorer scorer, int failureCount) {
        Measures m = Measures.of(c);
        int[] scores = scorer.scores(m);
        return new Evaluated(c, m, scores, scorer.total(scores), failureCount, null);
    }

    private Candidate lookUp(String id) {
        List<Long> members = new ArrayList<>();
        for (String part : id.substring(1).split("-")) {
            members.add(Long.parseLong(part));
        }
        Set<Long> distinct = new TreeSet<>(members);
        if (id.charAt(0) == 'U') {
            Map<Long, Long> buildings = queries.buildingOfUnits(distinct);
            for (Long unit : distinct) {
                if (!buildings.containsKey(unit)) {
                    throw new BadRequestException(
                            "candidates", "单元 " + unit + " 不存在", "Unit " + unit + " does not exist");
                }
            }
            if (new TreeSet<>(buildings.values()).size() > 1) {
                throw new BadRequestException(
                        "candidates",
                        "候选场地 " + id + " 的单元不在同一楼栋",
                        "The units of candidate " + id + " are not in one building");
            }
            BuildingFact building = queries.buildings(
                            List.of(buildings.values().iterator().next()))
                    .get(0);
            return Candidate.units(
                    building,
                    building.units().stream()
                            .filter(u -> distinct.contains(u.id()))
                            .toList());
        }
        List<ParcelFact> parcels = queries.parcelsById(distinct);
        for (Long parcel : distinct) {
            if (parcels.stream().noneMatch(p -> p.id() == parcel)) {
                throw new BadRequestException(
                        "candidates", "地块 " + parcel + " 不存在", "Parcel " + parcel + " does not exist");
            }
        }
        return ParcelGroupAssembler.group(parcels, queries.neighboursAmong(distinct));
    }

    // ---- context -----------------------------------------------------------------------------

    private Scorer scorer(SiteRequirement r, Weights weights, MatchClock clock, Names names, Allocation allocation) {
        String industry = r.industryCode();
        return new Scorer(
                r,
                weights,
                clock,
                names,
                industry == null ? Set.of() : queries.parksPositionedFor(industry),
                industry == null ? IndustryNeighbours.NONE : queries.industryNeighbours(industry),
                r.hasPlacePreference() ? queries.preferredPlaces(r) : PreferredPlaces.NONE,
                allocation);
    }

    private Names names() {
        Map<String, String[]> towns = new LinkedHashMap<>();
        reference.towns().forEach(t -> towns.put(t.code(), new String[] {t.name(), t.nameEn()}));
        Map<String, String[]> industries = new LinkedHashMap<>();
        reference.industries().forEach(i -> industries.put(i.code(), new String[] {i.name(), i.nameEn()}));
        return new Names(towns, queries.parkNames(), industries);
    }
}
