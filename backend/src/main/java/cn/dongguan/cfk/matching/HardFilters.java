package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteRequirement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check of the hard filters, derived from their declarations in {@link HardFilter}: the cheap
 * ones that write no reasons (does a unit, a parcel or a site pass; how many filters does a site
 * fail; is it a near miss; could a building's units pass at all) and the full one with the reasons.
 * Being one walk over the same tests, the cheap and the full answers cannot disagree.
 *
 * <p>A site fails a filter when the site itself, its building or any of its members does; the
 * filter's failure then shows the first real failure (or, when all that is missing is data, the
 * first unknown) and how many members share it.
 */
final class HardFilters {

    private HardFilters() {}

    /** Whether the site passes every filter: "does this site satisfy this requirement?" */
    static boolean passes(Candidate c, Need n) {
        for (HardFilter f : HardFilter.values()) {
            if (walk(f, c, n, m -> false)) {
                return false;
            }
        }
        return true;
    }

    /** How many filters the site fails, as many as {@link #check} lists. */
    static int failureCount(Candidate c, Need n) {
        int count = 0;
        for (HardFilter f : HardFilter.values()) {
            if (walk(f, c, n, m -> false)) {
                count++;
                if (f.endsCheck()) {
                    break;
                }
            }
        }
        return count;
    }

    /** Whether every filter the site fails, it fails within the filter's near-miss tolerance. */
    static boolean near(Candidate c, Need n) {
        for (HardFilter f : HardFilter.values()) {
            if (walk(f, c, n, Miss::near)) {
                return false;
            }
        }
        return true;
    }

    /** Every filter the site fails or cannot be checked on, in the order of {@link HardFilter}, with the reasons. */
    static List<Failure> check(Candidate c, Need n) {
        List<Failure> failures = new ArrayList<>();
        for (HardFilter f : HardFilter.values()) {
            List<Miss> misses = new ArrayList<>();
            walk(f, c, n, m -> misses.add(m));
            if (!misses.isEmpty()) {
                failures.add(summarise(f, misses, c.kind()));
                if (f.endsCheck()) {
                    break;
                }
            }
        }
        return failures;
    }

    /** The filters the data asks for that the requirement gives no figures to check, with the reasons. */
    static List<MatchResponse.UncheckedFilter> unchecked(Candidate c, Need n) {
        List<MatchResponse.UncheckedFilter> notes = new ArrayList<>();
        for (HardFilter f : HardFilter.values()) {
            Miss.Reason reason = f.unchecked(c, n);
            if (reason != null) {
                notes.add(new MatchResponse.UncheckedFilter(f.key(), reason.zh(), reason.en()));
            }
        }
        return notes;
    }

    /** Whether a unit may be in a passing set. */
    static boolean usable(UnitFact u, Need n) {
        for (HardFilter f : HardFilter.values()) {
            if (f.unit(u, n) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a unit may be in a near miss: it passes every unit test or misses it by little. */
    static boolean nearlyUsable(UnitFact u, Need n) {
        for (HardFilter f : HardFilter.values()) {
            Miss m = f.unit(u, n);
            if (m != null && !m.near()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a parcel may be in a passing site, alone or in a group. */
    static boolean parcelPasses(ParcelFact p, Need n) {
        for (HardFilter f : HardFilter.values()) {
            if (f.parcel(p, n) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether some set of a building's units could pass, from the totals of its units that pass the unit tests. */
    static boolean mayPass(BuildingTotals b, Need n) {
        for (HardFilter f : HardFilter.values()) {
            if (!f.mayPass(b, n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reverse match (issue 14): whether a changed unit fits a standing requirement, i.e. is part of
     * a passing site of its building, among the sets the matcher assembles there
     * ({@link UnitSetAssembler}) from the building's units that pass the unit tests. {@link #mayPass}
     * on their totals first spares the assembly where no set can pass.
     */
    static boolean standingFit(StandingUnit s, Need n) {
        if (!usable(s.unit(), n)) {
            return false;
        }
        List<UnitFact> passing =
                s.building().units().stream().filter(u -> usable(u, n)).toList();
        if (!mayPass(s.passingTotals(passing), n)) {
            return false;
        }
        SiteRequirement r = n.requirement();
        for (Candidate c : UnitSetAssembler.sets(s.building(), passing, r.minAreaM2(), r.maxAreaM2())) {
            if (c.units().stream().anyMatch(u -> u.id() == s.unit().id()) && passes(c, n)) {
                return true;
            }
        }
        return false;
    }

    /** What a walk does with each miss: true to go on. */
    private interface Visit {
        boolean go(Miss m);
    }

    /** Visits the misses of one filter on the site, its building and its members, in order; true when a visit stopped it. */
    private static boolean walk(HardFilter f, Candidate c, Need n, Visit visit) {
        Miss site = f.site(c, n);
        if (site != null && !visit.go(site)) {
            return true;
        }
        if (c.kind() == Candidate.Kind.UNITS) {
            Miss building = f.building(c.building(), n);
            if (building != null && !visit.go(building)) {
                return true;
            }
            for (UnitFact u : c.units()) {
                Miss m = f.unit(u, n);
                if (m != null && !visit.go(m)) {
                    return true;
                }
            }
        } else {
            for (ParcelFact p : c.parcels()) {
                Miss m = f.parcel(p, n);
                if (m != null && !visit.go(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Failure summarise(HardFilter f, List<Miss> misses, Candidate.Kind kind) {
        List<Miss> failed = misses.stream().filter(m -> !m.unknown()).toList();
        List<Miss> shown = failed.isEmpty() ? misses : failed;
        Miss.Reason first = shown.get(0).reason();
        if (shown.size() == 1) {
            return new Failure(f, failed.isEmpty(), first.zh(), first.en());
        }
        boolean units = kind == Candidate.Kind.UNITS;
        return new Failure(
                f,
                failed.isEmpty(),
                first.zh() + "（共 " + shown.size() + (units ? " 个单元）" : " 宗地块）"),
                first.en() + " (" + shown.size() + (units ? " units)" : " parcels)"));
    }
}
