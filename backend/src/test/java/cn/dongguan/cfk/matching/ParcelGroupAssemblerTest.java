package cn.dongguan.cfk.matching;

import static cn.dongguan.cfk.matching.Fixtures.bd;
import static cn.dongguan.cfk.matching.Fixtures.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParcelGroupAssemblerTest {

    private static Map<Long, Map<Long, Double>> edges(double[][] pairs) {
        Map<Long, Map<Long, Double>> n = new HashMap<>();
        for (double[] p : pairs) {
            n.computeIfAbsent((long) p[0], k -> new HashMap<>()).put((long) p[1], p[2]);
            n.computeIfAbsent((long) p[1], k -> new HashMap<>()).put((long) p[0], p[2]);
        }
        return n;
    }

    @Test
    void adjacentParcelsAreGroupedWhenTogetherTheyFitAndOnlyThroughTheirNeighbours() {
        List<ParcelFact> parcels = List.of(
                parcel(1, 10, "M1", "AVAILABLE", null),
                parcel(2, 12, "M1", "AVAILABLE", null),
                parcel(3, 9, "M1", "AVAILABLE", null),
                parcel(4, 25, "M1", "AVAILABLE", null));
        List<List<Candidate>> clusters =
                ParcelGroupAssembler.groups(parcels, edges(new double[][] {{1, 2, 0}, {2, 3, 0}}), bd(20), bd(30));
        assertThat(clusters)
                .singleElement()
                .satisfies(groups ->
                        assertThat(groups).extracting(Candidate::id).containsExactlyInAnyOrder("P1-2", "P2-3"));
    }

    @Test
    void aGroupAcrossARoadRecordsTheGap() {
        List<ParcelFact> parcels =
                List.of(parcel(1, 10, "M1", "AVAILABLE", null), parcel(2, 12, "M1", "AVAILABLE", null));
        Candidate group = ParcelGroupAssembler.groups(parcels, edges(new double[][] {{1, 2, 5.0}}), bd(20), bd(30))
                .get(0)
                .get(0);
        assertThat(group.maxGapM()).isEqualTo(5.0);
        assertThat(group.totalAreaMu()).isEqualByComparingTo("22");
    }

    @Test
    void aClusterTooSmallForTheRangeIsOfferedWholeAsANearMiss() {
        List<ParcelFact> parcels =
                List.of(parcel(1, 3, "M1", "AVAILABLE", null), parcel(2, 4, "M1", "AVAILABLE", null));
        assertThat(ParcelGroupAssembler.groups(parcels, edges(new double[][] {{1, 2, 0}}), bd(20), bd(30)))
                .singleElement()
                .satisfies(
                        groups -> assertThat(groups).extracting(Candidate::id).containsExactly("P1-2"));
    }

    @Test
    void largeClustersAreGrownGreedilyFromEachParcel() {
        List<ParcelFact> parcels = new java.util.ArrayList<>();
        double[][] chain = new double[19][];
        for (int i = 1; i <= 20; i++) {
            parcels.add(parcel(i, 4, "M1", "AVAILABLE", null));
            if (i > 1) {
                chain[i - 2] = new double[] {i - 1, i, 0};
            }
        }
        List<List<Candidate>> clusters = ParcelGroupAssembler.groups(parcels, edges(chain), bd(11), bd(13));
        assertThat(clusters).singleElement().satisfies(groups -> {
            assertThat(groups).isNotEmpty();
            assertThat(groups).allMatch(g -> g.parcels().size() == 3);
        });
    }
}
