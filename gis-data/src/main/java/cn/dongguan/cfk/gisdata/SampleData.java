package cn.dongguan.cfk.gisdata;

import java.util.List;
import org.locationtech.jts.geom.Polygon;

/**
 * One generated data set. Geometries are in metres ({@link LocalProjection#DONGGUAN}); the writer
 * projects them to WGS84. Field names follow the file format in README.md.
 */
record SampleData(
        Scale scale,
        long seed,
        List<Town> towns,
        List<Park> parks,
        List<Building> buildings,
        List<Unit> units,
        List<Parcel> parcels,
        List<Enterprise> enterprises,
        List<Project> projects,
        History history) {

    record Town(
            String code, String name, String nameEn, String abbreviation, double lon, double lat, Polygon boundary) {}

    /** {@code angle} (radians) is the direction of the park's street grid. */
    record Park(
            String code,
            String name,
            String level,
            String townCode,
            List<String> industries,
            double plannedAreaM2,
            String managingBody,
            String contactName,
            String contactPhone,
            Polygon boundary,
            double angle) {}

    record Building(
            long id,
            String parkCode,
            String townCode,
            String name,
            String address,
            String type,
            int floors,
            double floorAreaM2,
            String structure,
            int yearBuilt,
            String landTenure,
            boolean titleCertificate,
            int cargoLiftCount,
            Double cargoLiftTonnes,
            String fireHazardClass,
            Polygon footprint) {}

    record Unit(
            long id,
            long buildingId,
            int floorFrom,
            int floorTo,
            double areaM2,
            double vacantAreaM2,
            double ceilingHeightM,
            Double floorLoadKgM2,
            Double powerKva,
            double rentYuanM2Month,
            String status,
            Integer availableInDays,
            Long occupantEnterpriseId,
            int lastConfirmedDaysAgo) {}

    record Parcel(
            long id,
            String parcelNo,
            String parkCode,
            String townCode,
            String planningUse,
            double plotRatioMin,
            double plotRatioMax,
            double buildingDensity,
            double greenRatio,
            double heightLimitM,
            String developmentState,
            String status,
            double referencePriceWanYuan,
            Integer earliestSupplyInDays,
            Polygon boundary,
            StandardLand.Indicators standardLand) {}

    /** {@code homeParkCode} or else {@code homeTownCode}: where the enterprise rents its space (not written). */
    record Enterprise(
            long id,
            String name,
            String creditCode,
            String industryCode,
            String grade,
            String contactName,
            String contactPhone,
            String contactEmail,
            String homeParkCode,
            String homeTownCode) {}

    record Project(
            long id,
            String name,
            long enterpriseId,
            String industryCode,
            String siteKind,
            Double minAreaM2,
            Double maxAreaM2,
            Double minAreaMu,
            Double maxAreaMu,
            Double minCeilingHeightM,
            Double minFloorLoadKgM2,
            Double minPowerKva,
            String fireClass,
            int pollutionClass,
            List<String> preferredTowns,
            List<String> preferredParks,
            boolean locationHard,
            Double maxRentYuanM2Month,
            Double budgetWanYuan,
            double investmentWanYuan,
            Integer neededByInDays,
            Integer plannedStartInDays,
            String status,
            String assignedStaff,
            StandardLand.Planned planned) {}

    /** What happened before the data set's state (see {@link HistoryGenerator}); days relative to the loading day. */
    record History(List<BuildingStart> buildings, List<UnitState> units, List<ParcelState> parcels) {}

    record BuildingStart(long buildingId, int startedDaysAgo) {}

    /** The state a unit took on {@code daysAgo} days ago (the first: at its start). */
    record UnitState(
            long unitId,
            int daysAgo,
            String status,
            double vacantAreaM2,
            double rentYuanM2Month,
            Long occupantEnterpriseId) {}

    /** The status a parcel took on {@code daysAgo} days ago (the first: as first recorded). */
    record ParcelState(long parcelId, int daysAgo, String status) {}
}
