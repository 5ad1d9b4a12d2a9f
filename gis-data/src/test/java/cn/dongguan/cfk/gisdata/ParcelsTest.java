package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

class ParcelsTest {

    private static final double M2_PER_MU = 10_000.0 / 15;

    private final List<SampleFiles.Feature> parcels = SampleFiles.features("parcels.geojson");
    private final Map<String, Geometry> towns = BuildingsTest.byCode(SampleFiles.features("towns.geojson"));
    private final Map<String, Geometry> parks = BuildingsTest.byCode(SampleFiles.features("parks.geojson"));

    @Test
    void aboutSixHundredParcelsWithUniqueNumbers() {
        assertThat(parcels).hasSizeBetween(550, 650);
        for (int i = 0; i < parcels.size(); i++) {
            assertThat(parcels.get(i).number("id")).isEqualTo(i + 1);
        }
        assertThat(parcels)
                .extracting(p -> p.text("parcelNo"))
                .doesNotHaveDuplicates()
                .allMatch(n -> n.matches("DG2025-[A-Z]+-\\d{4}") && n.length() <= 32);
        assertThat(parcels).anyMatch(p -> p.text("parkCode") == null);
        assertThat(parcels).anyMatch(p -> p.text("parkCode") != null);
    }

    @Test
    void parcelsMeasure2To200MuMostlyUnder75() {
        int small = 0;
        for (SampleFiles.Feature p : parcels) {
            assertThat(p.geometry().getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(p.geometry().isValid()).isTrue();
            double mu = SampleFiles.areaM2(p.geometry()) / M2_PER_MU;
            assertThat(mu).as(p.text("parcelNo")).isBetween(2.0, 200.0);
            if (mu < 75) {
                small++;
            }
        }
        assertThat(small)
                .isGreaterThanOrEqualTo((int) Math.ceil(parcels.size() * 0.7))
                .isLessThan(parcels.size());
    }

    @Test
    void parcelsLieInTheirParkOrOutsideAllParksWellInsideTheirTown() {
        for (SampleFiles.Feature p : parcels) {
            Geometry town = towns.get(p.text("townCode"));
            assertThat(town.contains(p.geometry())).as(p.text("parcelNo")).isTrue();
            if (p.text("parkCode") != null) {
                assertThat(parks.get(p.text("parkCode")).contains(p.geometry()))
                        .as(p.text("parcelNo"))
                        .isTrue();
            } else {
                assertThat(parks.values()).noneMatch(park -> park.intersects(p.geometry()));
                assertThat(SampleFiles.metres(p.geometry())
                                .distance(SampleFiles.metres(town).getBoundary()))
                        .isGreaterThanOrEqualTo(50);
            }
        }
    }

    @Test
    void parcelsOverlapNeitherEachOtherNorBuildingsAndSomeShareAnEdge() {
        STRtree index = new STRtree();
        List<Geometry> sites = new ArrayList<>();
        parcels.forEach(p -> sites.add(p.geometry()));
        SampleFiles.features("buildings.geojson").forEach(b -> sites.add(b.geometry()));
        for (int i = 0; i < sites.size(); i++) {
            index.insert(sites.get(i).getEnvelopeInternal(), i);
        }
        int sharedEdges = 0;
        for (int i = 0; i < parcels.size(); i++) {
            Geometry a = sites.get(i);
            for (Object o : index.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i && j < parcels.size()) {
                    continue;
                }
                Geometry b = sites.get(j);
                assertThat(a.relate(b, "2********"))
                        .as("%s overlaps site %s", parcels.get(i).text("parcelNo"), j)
                        .isFalse();
                if (j < parcels.size() && a.relate(b, "F***1****")) { // boundaries meet along a line
                    sharedEdges++;
                }
            }
        }
        assertThat(sharedEdges).isGreaterThanOrEqualTo(20);
    }

    @Test
    void planningAndSupplyAttributesAreConsistent() {
        for (SampleFiles.Feature p : parcels) {
            assertThat(p.text("planningUse")).isIn("M0", "M1", "M2", "M3", "W");
            double min = p.properties().get("plotRatioMin").asDouble();
            double max = p.properties().get("plotRatioMax").asDouble();
            assertThat(min).isPositive().isLessThanOrEqualTo(max);
            assertThat(max).isLessThanOrEqualTo(6.0);
            assertThat(p.properties().get("buildingDensity").asDouble()).isBetween(0.35, 0.6);
            assertThat(p.properties().get("greenRatio").asDouble()).isBetween(0.1, 0.2);
            assertThat(p.properties().get("heightLimitM").asDouble()).isBetween(24.0, 100.0);
            assertThat(p.text("developmentState")).isIn("RAW", "READY");
            assertThat(p.properties().get("referencePriceWanYuan").asDouble()).isPositive();
            String status = p.text("status");
            assertThat(status).isIn("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");
            if (status.equals("AVAILABLE") || status.equals("RESERVE")) {
                assertThat(p.properties().get("earliestSupplyInDays").asInt()).isBetween(-30, 365);
            } else {
                assertThat(p.properties().get("earliestSupplyInDays").isNull()).isTrue();
            }
        }
        assertThat(parcels)
                .extracting(p -> p.text("status"))
                .contains("RESERVE", "AVAILABLE", "SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");
        assertThat(parcels).extracting(p -> p.text("planningUse")).contains("M0", "M1", "M2", "M3", "W");
    }
}
