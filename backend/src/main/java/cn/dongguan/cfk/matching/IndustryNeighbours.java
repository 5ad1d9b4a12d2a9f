package cn.dongguan.cfk.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the enterprises of one industry occupy units, as points in EPSG:4547 metres, bucketed in a grid
 * of {@code radius}-sized cells so that "how many of them within 3 km" looks at nine cells only.
 */
final class IndustryNeighbours {

    static final double RADIUS_M = 3000;

    record Occupant(long enterpriseId, double x, double y) {}

    static final IndustryNeighbours NONE = new IndustryNeighbours(List.of());

    private final Map<Long, List<Occupant>> cells = new HashMap<>();

    IndustryNeighbours(List<Occupant> occupants) {
        for (Occupant o : occupants) {
            cells.computeIfAbsent(key(cell(o.x()), cell(o.y())), k -> new ArrayList<>())
                    .add(o);
        }
    }

    /** Distinct enterprises occupying units within 3 km of ({@code x}, {@code y}). */
    int within(double x, double y) {
        long cx = cell(x);
        long cy = cell(y);
        Set<Long> enterprises = new HashSet<>();
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                for (Occupant o : cells.getOrDefault(key(i, j), List.of())) {
                    double dx = o.x() - x;
                    double dy = o.y() - y;
                    if (dx * dx + dy * dy <= RADIUS_M * RADIUS_M) {
                        enterprises.add(o.enterpriseId());
                    }
                }
            }
        }
        return enterprises.size();
    }

    private static long cell(double metres) {
        return (long) Math.floor(metres / RADIUS_M);
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
