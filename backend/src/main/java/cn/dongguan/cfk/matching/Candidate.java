package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A site that might host the project: a set of units in one building, or one land parcel, or a group
 * of adjacent parcels. Its id names its members in ascending order ({@code U12-13}, {@code P7-9}), so
 * the same site has the same id in every answer and can be shortlisted and looked up again.
 */
final class Candidate {

    enum Kind {
        UNITS,
        PARCELS
    }

    /** Orders candidates by kind, then by their member ids: the tie-breaker of every ranking. */
    static final Comparator<Candidate> BY_ID =
            Comparator.comparing(Candidate::kind).thenComparing((a, b) -> Arrays.compare(a.memberIds, b.memberIds));

    private final Kind kind;
    private final BuildingFact building;
    private final List<UnitFact> units;
    private final List<ParcelFact> parcels;
    private final double maxGapM;
    private final long[] memberIds;
    private final String id;
    private final BigDecimal totalAreaM2;

    private Candidate(
            Kind kind, BuildingFact building, List<UnitFact> units, List<ParcelFact> parcels, double maxGapM) {
        this.kind = kind;
        this.building = building;
        this.units = units;
        this.parcels = parcels;
        this.maxGapM = maxGapM;
        this.memberIds = kind == Kind.UNITS
                ? units.stream().mapToLong(UnitFact::id).sorted().toArray()
                : parcels.stream().mapToLong(ParcelFact::id).sorted().toArray();
        this.id = (kind == Kind.UNITS ? "U" : "P")
                + Arrays.stream(memberIds).mapToObj(Long::toString).collect(Collectors.joining("-"));
        this.totalAreaM2 = kind == Kind.UNITS
                ? units.stream().map(UnitFact::vacantAreaM2).reduce(BigDecimal.ZERO, BigDecimal::add)
                : parcels.stream().map(ParcelFact::areaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Candidate units(BuildingFact building, List<UnitFact> units) {
        List<UnitFact> sorted = units.stream()
                .sorted(Comparator.comparingInt(UnitFact::floorFrom).thenComparingLong(UnitFact::id))
                .toList();
        return new Candidate(Kind.UNITS, building, sorted, List.of(), 0);
    }

    /** {@code maxGapM}: the widest gap (m) between neighbours that do not touch; 0 when all touch. */
    static Candidate parcels(List<ParcelFact> parcels, double maxGapM) {
        List<ParcelFact> sorted = parcels.stream()
                .sorted(Comparator.comparingLong(ParcelFact::id))
                .toList();
        return new Candidate(Kind.PARCELS, null, List.of(), sorted, sorted.size() == 1 ? 0 : maxGapM);
    }

    Kind kind() {
        return kind;
    }

    String id() {
        return id;
    }

    BuildingFact building() {
        return building;
    }

    /** The units, by floor then id. */
    List<UnitFact> units() {
        return units;
    }

    /** The parcels, by id. */
    List<ParcelFact> parcels() {
        return parcels;
    }

    double maxGapM() {
        return maxGapM;
    }

    long[] memberIds() {
        return memberIds.clone();
    }

    /** Vacant floor area of the units, or land area of the parcels. */
    BigDecimal totalAreaM2() {
        return totalAreaM2;
    }

    BigDecimal totalAreaMu() {
        return kind == Kind.PARCELS ? Units.m2ToMu(totalAreaM2) : null;
    }

    /** The building's place; for parcels the largest parcel's park and town and the area-weighted centre. */
    Site site() {
        if (kind == Kind.UNITS) {
            return building.site();
        }
        ParcelFact main = parcels.stream()
                .max(Comparator.comparing(ParcelFact::areaM2).thenComparing(ParcelFact::id, Comparator.reverseOrder()))
                .orElseThrow();
        double area = 0;
        double x = 0;
        double y = 0;
        for (ParcelFact p : parcels) {
            double a = p.areaM2().doubleValue();
            area += a;
            x += p.x() * a;
            y += p.y() * a;
        }
        return new Site(main.parkCode(), main.townCode(), x / area, y / area);
    }
}
