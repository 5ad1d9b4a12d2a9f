package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

class BuildingsTest {

    private final List<SampleFiles.Feature> buildings = SampleFiles.features("buildings.geojson");
    private final Map<String, Geometry> towns = byCode(SampleFiles.features("towns.geojson"));
    private final Map<String, Geometry> parks = byCode(SampleFiles.features("parks.geojson"));

    static Map<String, Geometry> byCode(List<SampleFiles.Feature> features) {
        return features.stream().collect(Collectors.toMap(f -> f.text("code"), SampleFiles.Feature::geometry));
    }

    @Test
    void aboutThreeThousandBuildingsNumberedInOrder() {
        assertThat(buildings).hasSizeBetween(2_700, 3_600);
        for (int i = 0; i < buildings.size(); i++) {
            assertThat(buildings.get(i).number("id")).isEqualTo(i + 1);
        }
        long outsideParks =
                buildings.stream().filter(b -> b.text("parkCode") == null).count();
        assertThat(outsideParks).isBetween(200L, 450L);
    }

    @Test
    void footprintsAreValidRectanglesOf600To8000SquareMetres() {
        for (SampleFiles.Feature b : buildings) {
            assertThat(b.geometry().getGeometryType()).isEqualTo("Polygon");
            assertThat(b.geometry().isValid()).isTrue();
            assertThat(b.geometry().getNumPoints()).isEqualTo(5);
            assertThat(SampleFiles.areaM2(b.geometry()))
                    .as("building %s", b.number("id"))
                    .isBetween(600.0, 8_000.0);
        }
    }

    @Test
    void buildingsLieInsideTheirParkOrOutsideAllParksWellInsideTheirTown() {
        for (SampleFiles.Feature b : buildings) {
            String parkCode = b.text("parkCode");
            Geometry town = towns.get(b.text("townCode"));
            assertThat(towns).containsKey(b.text("townCode"));
            assertThat(town.contains(b.geometry()))
                    .as("building %s in its town", b.number("id"))
                    .isTrue();
            if (parkCode != null) {
                Geometry park = parks.get(parkCode);
                assertThat(park.contains(b.geometry()))
                        .as("building %s in %s", b.number("id"), parkCode)
                        .isTrue();
                assertThat(SampleFiles.metres(b.geometry())
                                .distance(SampleFiles.metres(park).getBoundary()))
                        .isGreaterThan(1);
            } else {
                assertThat(parks.values()).noneMatch(p -> p.intersects(b.geometry()));
                assertThat(SampleFiles.metres(b.geometry())
                                .distance(SampleFiles.metres(town).getBoundary()))
                        .as("building %s from its town's boundary", b.number("id"))
                        .isGreaterThanOrEqualTo(50);
            }
        }
    }

    @Test
    void buildingsKeepAtLeast8MetresApart() {
        STRtree index = new STRtree();
        List<Geometry> metric =
                buildings.stream().map(b -> SampleFiles.metres(b.geometry())).toList();
        for (Geometry g : metric) {
            index.insert(g.getEnvelopeInternal(), g);
        }
        int near = 0;
        for (Geometry g : metric) {
            Envelope search = g.getEnvelopeInternal().copy();
            search.expandBy(8);
            for (Object other : index.query(search)) {
                if (other != g && g.isWithinDistance((Geometry) other, 8)) {
                    near++;
                }
            }
        }
        assertThat(near).isZero();
    }

    @Test
    void attributesAreConsistent() {
        for (SampleFiles.Feature b : buildings) {
            int floors = (int) b.number("floors");
            assertThat(floors).isBetween(1, 8);
            assertThat(b.properties().get("floorAreaM2").asDouble())
                    .isCloseTo(SampleFiles.areaM2(b.geometry()) * floors, withPercentage(1));
            assertThat(b.text("type")).isIn("标准厂房", "独立厂房", "多层厂房", "研发楼", "仓库");
            assertThat(b.text("structure")).isIn("钢结构", "框架结构", "砖混结构");
            assertThat(b.number("yearBuilt")).isBetween(1995L, 2024L);
            assertThat(b.text("landTenure")).isIn("国有", "集体");
            assertThat(b.properties().get("titleCertificate").isBoolean()).isTrue();
            int lifts = (int) b.number("cargoLiftCount");
            assertThat(lifts).isBetween(0, 4);
            if (floors == 1) {
                assertThat(lifts).isZero();
            }
            if (lifts == 0) {
                assertThat(b.properties().get("cargoLiftTonnes").isNull()).isTrue();
            } else {
                assertThat(b.properties().get("cargoLiftTonnes").asDouble()).isBetween(2.0, 5.0);
            }
            assertThat(b.text("fireHazardClass")).isIn("甲", "乙", "丙", "丁", "戊");
            assertThat(b.text("name")).isNotBlank();
            assertThat(b.text("address")).startsWith("东莞市").contains("示例路");
        }
        assertThat(buildings).extracting(b -> b.text("type")).contains("标准厂房", "独立厂房", "多层厂房", "研发楼", "仓库");
        assertThat(buildings).extracting(b -> b.text("fireHazardClass")).contains("甲", "乙", "丙", "丁", "戊");
    }
}
