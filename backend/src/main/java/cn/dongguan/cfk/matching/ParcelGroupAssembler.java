package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups of two or more adjacent parcels (touching or within 10 m) that together fit the 亩 range.
 * Parcels form clusters through their neighbours; every connected subset of a small cluster is tried,
 * a large cluster is grown greedily from each parcel. One list of groups per cluster, so the caller
 * can keep the best group of each cluster rather than many overlapping ones.
 */
final class ParcelGroupAssembler {

    /** Clusters up to this size are searched exhaustively (2^12 subsets at most). */
    static final int EXHAUSTIVE = 12;

    private ParcelGroupAssembler() {}

    /**
     * @param parcels    the parcels that may be grouped
     * @param neighbours distance in metres between neighbouring parcels, both directions
     * @return per cluster of two or more parcels: its groups within the range, or, when none fits,
     *         the whole cluster (as a near miss on area) if it stays below the minimum
     */
    static List<List<Candidate>> groups(
            List<ParcelFact> parcels, Map<Long, Map<Long, Double>> neighbours, BigDecimal minMu, BigDecimal maxMu) {
        Map<Long, ParcelFact> byId = new TreeMap<>();
        parcels.forEach(p -> byId.put(p.id(), p));
        Map<Long, Boolean> seen = new HashMap<>();
        List<List<Candidate>> result = new ArrayList<>();
        for (ParcelFact start : byId.values()) {
            if (seen.containsKey(start.id())) {
                continue;
            }
            List<ParcelFact> cluster = cluster(start, byId, neighbours, seen);
            if (cluster.size() < 2) {
                continue;
            }
            List<Candidate> groups = cluster.size() <= EXHAUSTIVE
                    ? exhaustive(cluster, neighbours, minMu, maxMu)
                    : greedy(cluster, byId, neighbours, minMu, maxMu);
            if (groups.isEmpty()) {
                Candidate whole = group(cluster, neighbours);
                if (Units.belowMu(whole.totalAreaM2(), minMu)) {
                    groups = List.of(whole);
                }
            }
            if (!groups.isEmpty()) {
                result.add(groups);
            }
        }
        return result;
    }

    private static List<ParcelFact> cluster(
            ParcelFact start,
            Map<Long, ParcelFact> byId,
            Map<Long, Map<Long, Double>> neighbours,
            Map<Long, Boolean> seen) {
        List<ParcelFact> cluster = new ArrayList<>();
        Deque<ParcelFact> queue = new ArrayDeque<>(List.of(start));
        seen.put(start.id(), true);
        while (!queue.isEmpty()) {
            ParcelFact p = queue.removeFirst();
            cluster.add(p);
            for (Long n : new TreeMap<>(neighbours.getOrDefault(p.id(), Map.of())).keySet()) {
                ParcelFact q = byId.get(n);
                if (q != null && seen.putIfAbsent(n, true) == null) {
                    queue.addLast(q);
                }
            }
        }
        cluster.sort(Comparator.comparingLong(ParcelFact::id));
        return cluster;
    }

    private static List<Candidate> exhaustive(
            List<ParcelFact> cluster, Map<Long, Map<Long, Double>> neighbours, BigDecimal minMu, BigDecimal maxMu) {
        int n = cluster.size();
        List<Candidate> groups = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            List<ParcelFact> members = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if ((mask & (1 << k)) != 0) {
                    members.add(cluster.get(k));
                    total = total.add(cluster.get(k).areaM2());
                }
            }
            if (!Units.belowMu(total, minMu) && !Units.aboveMu(total, maxMu) && connected(members, neighbours)) {
                groups.add(group(members, neighbours));
            }
        }
        return groups;
    }

    /** From each parcel, add the nearest neighbour of the group (then the lowest id) until the minimum is reached. */
    private static List<Candidate> greedy(
            List<ParcelFact> cluster,
            Map<Long, ParcelFact> byId,
            Map<Long, Map<Long, Double>> neighbours,
            BigDecimal minMu,
            BigDecimal maxMu) {
        List<Candidate> groups = new ArrayList<>();
        for (ParcelFact start : cluster) {
            List<ParcelFact> members = new ArrayList<>(List.of(start));
            BigDecimal total = start.areaM2();
            while (Units.belowMu(total, minMu)) {
                ParcelFact next = null;
                double nextGap = Double.MAX_VALUE;
                for (ParcelFact m : members) {
                    for (Map.Entry<Long, Double> e :
                            neighbours.getOrDefault(m.id(), Map.of()).entrySet()) {
                        ParcelFact q = byId.get(e.getKey());
                        if (q == null || members.contains(q)) {
                            continue;
                        }
                        if (e.getValue() < nextGap || (e.getValue() == nextGap && q.id() < next.id())) {
                            next = q;
                            nextGap = e.getValue();
                        }
                    }
                }
                if (next == null) {
                    break;
                }
                members.add(next);
                total = total.add(next.areaM2());
            }
            if (members.size() >= 2 && !Units.belowMu(total, minMu) && !Units.aboveMu(total, maxMu)) {
                Candidate g = group(members, neighbours);
                if (groups.stream().noneMatch(other -> other.id().equals(g.id()))) {
                    groups.add(g);
                }
            }
        }
        return groups;
    }

    private static boolean connected(List<ParcelFact> members, Map<Long, Map<Long, Double>> neighbours) {
        List<Long> ids = members.stream().map(ParcelFact::id).toList();
        List<Long> reached = new ArrayList<>(List.of(ids.get(0)));
        for (int i = 0; i < reached.size(); i++) {
            for (Long n : neighbours.getOrDefault(reached.get(i), Map.of()).keySet()) {
                if (ids.contains(n) && !reached.contains(n)) {
                    reached.add(n);
                }
            }
        }
        return reached.size() == ids.size();
    }

    /** A group, with the widest gap any member has to its nearest fellow member. */
    static Candidate group(List<ParcelFact> members, Map<Long, Map<Long, Double>> neighbours) {
        double widest = 0;
        for (ParcelFact p : members) {
            double nearest = Double.MAX_VALUE;
            for (ParcelFact q : members) {
                Double d = q == p
                        ? null
                        : neighbours.getOrDefault(p.id(), Map.of()).get(q.id());
                if (d != null) {
                    nearest = Math.min(nearest, d);
                }
            }
            if (nearest != Double.MAX_VALUE) {
                widest = Math.max(widest, nearest);
            }
        }
        // Touching parcels come out a hair apart in floating point.
        return Candidate.parcels(members, widest < 0.5 ? 0 : widest);
    }
}
