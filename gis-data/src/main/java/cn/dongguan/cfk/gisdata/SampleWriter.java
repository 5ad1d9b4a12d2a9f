package cn.dongguan.cfk.gisdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a data set in the format of README.md: one feature or record per line, "\n" line ends,
 * fields in a fixed order, geometries projected back to WGS84.
 */
final class SampleWriter {

    static final List<String> FILES = List.of(
            "manifest.json",
            "towns.geojson",
            "parks.geojson",
            "buildings.geojson",
            "units.json",
            "parcels.geojson",
            "enterprises.json",
            "projects.json",
            "history.json",
            "efficiency.json");

    private final LocalProjection projection;

    SampleWriter(LocalProjection projection) {
        this.projection = projection;
    }

    void write(SampleData data, Path dir) {
        try {
            Files.createDirectories(dir);
            writeManifest(data, dir.resolve("manifest.json"));
            features(
                    dir.resolve("towns.geojson"),
                    data.towns(),
                    t -> feature(
                            Json.string(t.code()),
                            GeoJson.multiPolygon(lonLat(t.boundary())),
                            new Json()
                                    .put("code", t.code())
                                    .put("name", t.name())
                                    .put("nameEn", t.nameEn())));
            features(
                    dir.resolve("parks.geojson"),
                    data.parks(),
                    p -> feature(
                            Json.string(p.code()),
                            GeoJson.multiPolygon(lonLat(p.boundary())),
                            new Json()
                                    .put("code", p.code())
                                    .put("name", p.name())
                                    .put("level", p.level())
                                    .put("towns", List.of(p.townCode()))
                                    .put("industries", p.industries())
                                    .put("plannedAreaM2", p.plannedAreaM2(), 2)
                                    .put("managingBody", p.managingBody())
                                    .put("contactName", p.contactName())
                                    .put("contactPhone", p.contactPhone())));
            features(
                    dir.resolve("buildings.geojson"),
                    data.buildings(),
                    b -> feature(
                            Long.toString(b.id()),
                            GeoJson.polygon(lonLat(b.footprint())),
                            new Json()
                                    .put("id", b.id())
                                    .put("parkCode", b.parkCode())
                                    .put("townCode", b.townCode())
                                    .put("name", b.name())
                                    .put("address", b.address())
                                    .put("type", b.type())
                                    .put("floors", b.floors())
                                    .put("floorAreaM2", b.floorAreaM2(), 2)
                                    .put("structure", b.structure())
                                    .put("yearBuilt", b.yearBuilt())
                                    .put("landTenure", b.landTenure())
                                    .put("titleCertificate", b.titleCertificate())
                                    .put("cargoLiftCount", b.cargoLiftCount())
                                    .put("cargoLiftTonnes", b.cargoLiftTonnes(), 2)
                                    .put("fireHazardClass", b.fireHazardClass())));
            array(
                    dir.resolve("units.json"),
                    data.units(),
                    u -> new Json()
                            .put("id", u.id())
                            .put("buildingId", u.buildingId())
                            .put("floorFrom", u.floorFrom())
                            .put("floorTo", u.floorTo())
                            .put("areaM2", u.areaM2(), 2)
                            .put("vacantAreaM2", u.vacantAreaM2(), 2)
                            .put("ceilingHeightM", u.ceilingHeightM(), 1)
                            .put("floorLoadKgM2", u.floorLoadKgM2(), 1)
                            .put("powerKva", u.powerKva(), 1)
                            .put("rentYuanM2Month", u.rentYuanM2Month(), 2)
                            .put("status", u.status())
                            .put("availableInDays", u.availableInDays())
                            .put("occupantEnterpriseId", u.occupantEnterpriseId())
                            .put("lastConfirmedDaysAgo", u.lastConfirmedDaysAgo())
                            .toString());
            features(
                    dir.resolve("parcels.geojson"),
                    data.parcels(),
                    p -> feature(
                            Long.toString(p.id()),
                            GeoJson.multiPolygon(lonLat(p.boundary())),
                            new Json()
                                    .put("id", p.id())
                                    .put("parcelNo", p.parcelNo())
                                    .put("parkCode", p.parkCode())
                                    .put("townCode", p.townCode())
                                    .put("planningUse", p.planningUse())
                                    .put("plotRatioMin", p.plotRatioMin(), 2)
                                    .put("plotRatioMax", p.plotRatioMax(), 2)
                                    .put("buildingDensity", p.buildingDensity(), 3)
                                    .put("greenRatio", p.greenRatio(), 3)
                                    .put("heightLimitM", p.heightLimitM(), 1)
                                    .put("developmentState", p.developmentState())
                                    .put("status", p.status())
                                    .put("referencePriceWanYuan", p.referencePriceWanYuan(), 2)
                                    .put("earliestSupplyInDays", p.earliestSupplyInDays())
                                    .put(
                                            "minInvestmentWanYuanMu",
                                            p.standardLand() == null
                                                    ? null
                                                    : p.standardLand().minInvestmentWanYuanMu(),
                                            2)
                                    .put(
                                            "minTaxWanYuanMu",
                                            p.standardLand() == null
                                                    ? null
                                                    : p.standardLand().minTaxWanYuanMu(),
                                            2)
                                    .put(
                                            "minOutputWanYuanMu",
                                            p.standardLand() == null
                                                    ? null
                                                    : p.standardLand().minOutputWanYuanMu(),
                                            2)
                                    .put(
                                            "maxEnergyTceWanYuan",
                                            p.standardLand() == null
                                                    ? null
                                                    : p.standardLand().maxEnergyTceWanYuan(),
                                            4)));
            array(
                    dir.resolve("enterprises.json"),
                    data.enterprises(),
                    e -> new Json()
                            .put("id", e.id())
                            .put("name", e.name())
                            .put("creditCode", e.creditCode())
                            .put("industryCode", e.industryCode())
                            .put("grade", e.grade())
                            .put("contactName", e.contactName())
                            .put("contactPhone", e.contactPhone())
                            .put("contactEmail", e.contactEmail())
                            .toString());
            array(
                    dir.resolve("efficiency.json"),
                    EfficiencyGenerator.generate(data.enterprises(), data.seed()),
                    r -> new Json()
                            .put("enterpriseId", r.enterpriseId())
                            .put("creditCode", r.creditCode())
                            .put("year", r.year())
                            .put("grade", r.grade())
                            .put("taxPerMu", r.taxPerMu(), 2)
                            .put("revenuePerMu", r.revenuePerMu(), 2)
                            .put("energyValueAdded", r.energyValueAdded(), 2)
                            .put("rdShare", r.rdShare(), 4)
                            .put("landAreaMu", r.landAreaMu(), 2)
                            .toString());
            array(
                    dir.resolve("projects.json"),
                    data.projects(),
                    p -> new Json()
                            .put("id", p.id())
                            .put("name", p.name())
                            .put("enterpriseId", p.enterpriseId())
                            .put("industryCode", p.industryCode())
                            .put("siteKind", p.siteKind())
                            .put("minAreaM2", p.minAreaM2(), 2)
                            .put("maxAreaM2", p.maxAreaM2(), 2)
                            .put("minAreaMu", p.minAreaMu(), 2)
                            .put("maxAreaMu", p.maxAreaMu(), 2)
                            .put("minCeilingHeightM", p.minCeilingHeightM(), 2)
                            .put("minFloorLoadKgM2", p.minFloorLoadKgM2(), 1)
                            .put("minPowerKva", p.minPowerKva(), 1)
                            .put("fireClass", p.fireClass())
                            .put("pollutionClass", p.pollutionClass())
                            .put("preferredTowns", p.preferredTowns())
                            .put("preferredParks", p.preferredParks())
                            .put("locationHard", p.locationHard())
                            .put("maxRentYuanM2Month", p.maxRentYuanM2Month(), 2)
                            .put("budgetWanYuan", p.budgetWanYuan(), 2)
                            .put("investmentWanYuan", p.investmentWanYuan(), 2)
                            .put("neededByInDays", p.neededByInDays())
                            .put("plannedStartInDays", p.plannedStartInDays())
                            .put("status", p.status())
                            .put("assignedStaff", p.assignedStaff())
                            .put(
                                    "plannedTaxWanYuanYear",
                                    p.planned() == null ? null : p.planned().taxWanYuanYear(),
                                    2)
                            .put(
                                    "plannedOutputWanYuanYear",
                                    p.planned() == null ? null : p.planned().outputWanYuanYear(),
                                    2)
                            .put(
                                    "plannedEnergyTceYear",
                                    p.planned() == null ? null : p.planned().energyTceYear(),
                                    2)
                            .toString());
            writeHistory(data.history(), dir.resolve("history.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHistory(SampleData.History h, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"buildings\":[\n");
            lines(
                    w,
                    h.buildings(),
                    b -> new Json()
                            .put("buildingId", b.buildingId())
                            .put("startedDaysAgo", b.startedDaysAgo())
                            .toString());
            w.write("],\n\"units\":[\n");
            lines(
                    w,
                    h.units(),
                    u -> new Json()
                            .put("unitId", u.unitId())
                            .put("daysAgo", u.daysAgo())
                            .put("status", u.status())
                            .put("vacantAreaM2", u.vacantAreaM2(), 2)
                            .put("rentYuanM2Month", u.rentYuanM2Month(), 2)
                            .put("occupantEnterpriseId", u.occupantEnterpriseId())
                            .toString());
            w.write("],\n\"parcels\":[\n");
            lines(
                    w,
                    h.parcels(),
                    p -> new Json()
                            .put("parcelId", p.parcelId())
                            .put("daysAgo", p.daysAgo())
                            .put("status", p.status())
                            .toString());
            w.write("]}\n");
        }
    }

    private Polygon lonLat(Polygon metres) {
        Polygon p = (Polygon) projection.toLonLat(metres);
        // The same polygon may come out of the generator starting at another corner (JTS polygonizing
        // is not ordered); normalising fixes the first vertex, so the bytes do not change.
        p.normalize();
        if (!p.isValid()) {
            throw new IllegalStateException("invalid after rounding to 7 decimals: " + p);
        }
        return p;
    }

    private static String feature(String id, String geometry, Json properties) {
        return "{\"type\":\"Feature\",\"id\":" + id + ",\"properties\":" + properties + ",\"geometry\":" + geometry
                + "}";
    }

    private static void writeManifest(SampleData d, Path file) throws IOException {
        String counts = new Json()
                .put("towns", d.towns().size())
                .put("parks", d.parks().size())
                .put("buildings", d.buildings().size())
                .put("units", d.units().size())
                .put("parcels", d.parcels().size())
                .put("enterprises", d.enterprises().size())
                .put("projects", d.projects().size())
                .toString();
        Files.writeString(
                file,
                "{\n  \"scale\": " + Json.string(d.scale().id()) + ",\n  \"seed\": " + d.seed() + ",\n  \"counts\": "
                        + counts + "\n}\n",
                StandardCharsets.UTF_8);
    }

    private static <T> void features(Path file, List<T> items, Function<T, String> feature) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            lines(w, items, feature);
            w.write("]}\n");
        }
    }

    private static <T> void array(Path file, List<T> items, Function<T, String> json) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            lines(w, items, json);
            w.write("]\n");
        }
    }

    private static <T> void lines(Writer w, List<T> items, Function<T, String> json) throws IOException {
        for (int i = 0; i < items.size(); i++) {
            w.write(json.apply(items.get(i)));
            w.write(i < items.size() - 1 ? ",\n" : "\n");
        }
    }
}
