package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class TownsAndParksTest {

    private static final List<String> LEVELS = List.of("国家级", "省级", "省特色", "市级", "镇村工业园");

    private final List<SampleFiles.Feature> towns = SampleFiles.features("towns.geojson");
    private final List<SampleFiles.Feature> parks = SampleFiles.features("parks.geojson");

    @Test
    void thereAre32TownsWithCodesNamesAndValidMultiPolygons() {
        assertThat(towns).hasSize(32);
        assertThat(towns)
                .extracting(t -> t.text("code"))
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[A-Z]+"));
        assertThat(towns).extracting(t -> t.text("name")).doesNotHaveDuplicates();
        assertThat(towns).extracting(t -> t.text("nameEn")).allMatch(n -> n.matches("[A-Z][a-z]+ (Subdistrict|Town)"));
        assertThat(towns)
                .filteredOn(t -> t.text("name").equals("东城街道"))
                .singleElement()
                .satisfies(t -> assertThat(t.text("code")).isEqualTo("DONGCHENG"))
                .satisfies(t -> assertThat(t.text("nameEn")).isEqualTo("Dongcheng Subdistrict"));
        assertThat(towns)
                .filteredOn(t -> t.text("name").equals("常平镇"))
                .singleElement()
                .satisfies(t -> assertThat(t.text("nameEn")).isEqualTo("Changping Town"));
        for (SampleFiles.Feature t : towns) {
            assertThat(t.geometry().getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(t.geometry().isValid()).as(t.text("code")).isTrue();
            Envelope e = t.geometry().getEnvelopeInternal();
            assertThat(new Envelope(113.5, 114.3, 22.6, 23.2).contains(e))
                    .as(t.text("code"))
                    .isTrue();
        }
    }

    @Test
    void eachTownContainsItsOwnCentre() throws IOException {
        GeometryFactory gf = new GeometryFactory();
        Map<String, Coordinate> centres = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/cfk-sample/dongguan-town-centres.tsv"), StandardCharsets.UTF_8))) {
            r.lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t"))
                    .forEach(
                            f -> centres.put(f[0], new Coordinate(Double.parseDouble(f[1]), Double.parseDouble(f[2]))));
        }
        assertThat(centres).hasSize(32);
        for (SampleFiles.Feature t : towns) {
            assertThat(t.geometry().contains(gf.createPoint(centres.get(t.text("name")))))
                    .as(t.text("name"))
                    .isTrue();
        }
    }

    @Test
    void townsDoNotOverlapAndTileOneOutline() {
        double sum = 0;
        for (int i = 0; i < towns.size(); i++) {
            Geometry a = towns.get(i).geometry();
            sum += a.getArea();
            for (int j = i + 1; j < towns.size(); j++) {
                Geometry b = towns.get(j).geometry();
                assertThat(a.relate(b, "2********"))
                        .as(towns.get(i).text("code") + "/" + towns.get(j).text("code"))
                        .isFalse();
            }
        }
        Geometry outline = UnaryUnionOp.union(
                towns.stream().map(SampleFiles.Feature::geometry).toList());
        assertThat(outline.getGeometryType()).isEqualTo("Polygon");
        assertThat(((Polygon) outline).getNumInteriorRing()).isZero();
        assertThat(outline.getArea()).isCloseTo(sum, withPercentage(1e-6));
    }

    @Test
    void thereAre35ParksWithTheirAttributes() {
        assertThat(parks).hasSize(35);
        Map<String, String> townNames =
                towns.stream().collect(Collectors.toMap(t -> t.text("code"), t -> t.text("name")));
        for (int i = 0; i < parks.size(); i++) {
            SampleFiles.Feature p = parks.get(i);
            String nn = String.format("%02d", i + 1);
            assertThat(p.text("code")).isEqualTo("DG-P" + nn);
            assertThat(p.properties().get("towns")).hasSize(1);
            String town = p.properties().get("towns").get(0).asString();
            assertThat(p.text("name")).isEqualTo("示例园区" + nn + "（" + townNames.get(town) + "）");
            assertThat(p.text("level")).isIn(LEVELS);
            assertThat(p.properties().get("industries").size()).isBetween(1, 4);
            p.properties()
                    .get("industries")
                    .forEach(code -> assertThat(code.asString()).isIn(Industries.CODES));
            assertThat(p.text("managingBody")).isEqualTo("示例园区" + nn + "管理委员会");
            assertThat(p.text("contactName")).isNotBlank();
            assertThat(p.text("contactPhone")).matches("0769-2\\d{7}");
            assertThat(p.properties().get("plannedAreaM2").asDouble())
                    .isCloseTo(SampleFiles.areaM2(p.geometry()), withPercentage(5));
        }
        assertThat(parks).extracting(p -> p.text("level")).contains("国家级", "省级", "市级");
        Map<String, Long> parksPerTown = parks.stream()
                .collect(Collectors.groupingBy(
                        p -> p.properties().get("towns").get(0).asString(), Collectors.counting()));
        assertThat(parksPerTown.values()).contains(2L);
    }

    @Test
    void eachParkLiesWellInsideItsTownAndMeasuresHalfToTenSquareKilometres() {
        Map<String, Geometry> townGeometry =
                towns.stream().collect(Collectors.toMap(t -> t.text("code"), SampleFiles.Feature::geometry));
        for (SampleFiles.Feature p : parks) {
            Geometry town = townGeometry.get(p.properties().get("towns").get(0).asString());
            assertThat(p.geometry().getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(p.geometry().isValid()).isTrue();
            assertThat(town.contains(p.geometry())).as(p.text("code")).isTrue();
            assertThat(SampleFiles.metres(p.geometry())
                            .distance(SampleFiles.metres(town).getBoundary()))
                    .as(p.text("code"))
                    .isGreaterThanOrEqualTo(50);
            assertThat(SampleFiles.areaM2(p.geometry())).as(p.text("code")).isBetween(0.5e6, 10e6);
            long containingTowns = towns.stream()
                    .filter(t -> t.geometry().intersects(p.geometry()))
                    .count();
            assertThat(containingTowns).isEqualTo(1);
        }
    }

    @Test
    void parksKeepAtLeast100MetresApart() {
        for (int i = 0; i < parks.size(); i++) {
            for (int j = i + 1; j < parks.size(); j++) {
                assertThat(SampleFiles.metres(parks.get(i).geometry())
                                .distance(SampleFiles.metres(parks.get(j).geometry())))
                        .as(parks.get(i).text("code") + "/" + parks.get(j).text("code"))
                        .isGreaterThanOrEqualTo(100);
            }
        }
    }
}
