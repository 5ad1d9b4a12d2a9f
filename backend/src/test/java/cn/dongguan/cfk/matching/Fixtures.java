package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.project.SiteKind;
import cn.dongguan.cfk.project.SiteRequirement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Small builders for the plain-Java matching tests. */
final class Fixtures {

    static final MatchClock CLOCK = MatchClock.at(Instant.parse("2026-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Fixtures() {}

    static SiteRequirement space(double min, double max) {
        return new SiteRequirement(
                SiteKind.SPACE,
                bd(min),
                bd(max),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SiteRequirement land(double minMu, double maxMu) {
        return new SiteRequirement(
                SiteKind.LAND,
                null,
                null,
                bd(minMu),
                bd(maxMu),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SiteRequirement with(
            SiteRequirement r, Double minCeiling, Double minLoad, Double minPower, String fireClass, Double maxRent) {
        return new SiteRequirement(
                r.siteKind(),
                r.minAreaM2(),
                r.maxAreaM2(),
                r.minAreaMu(),
                r.maxAreaMu(),
                decimal(minCeiling),
                decimal(minLoad),
                decimal(minPower),
                fireClass,
                r.pollutionClass(),
                r.industryCode(),
                r.preferredTowns(),
                r.preferredParks(),
                r.locationHard(),
                decimal(maxRent),
                r.budgetWanYuan(),
                r.neededBy(),
                r.investmentWanYuan(),
                r.plannedTaxWanYuanYear(),
                r.plannedOutputWanYuanYear(),
                r.plannedEnergyTceYear(),
                r.point());
    }

    static SiteRequirement pollution(SiteRequirement r, Integer pollutionClass, LocalDate neededBy) {
        return new SiteRequirement(
                r.siteKind(),
                r.minAreaM2(),
                r.maxAreaM2(),
                r.minAreaMu(),
                r.maxAreaMu(),
                r.minCeilingHeightM(),
                r.minFloorLoadKgM2(),
                r.minPowerKva(),
                r.fireClass(),
                pollutionClass,
                r.industryCode(),
                r.preferredTowns(),
                r.preferredParks(),
                r.locationHard(),
                r.maxRentYuanM2Month(),
                r.budgetWanYuan(),
                neededBy,
                r.investmentWanYuan(),
                r.plannedTaxWanYuanYear(),
                r.plannedOutputWanYuanYear(),
                r.plannedEnergyTceYear(),
                r.point());
    }

    /** A fully vacant unit, confirmed a day ago, available now. */
    static UnitFact unit(long id, int floor, double area) {
        return new UnitFact(
                id,
                1,
                floor,
                floor,
                bd(area),
                bd(area),
                6.0,
                1000.0,
                400.0,
                20.0,
                "VACANT",
                null,
                CLOCK.now().minusSeconds(86_400),
                null);
    }

    static UnitFact occupied(long id, int floor, double area) {
        return new UnitFact(
                id,
                1,
                floor,
                floor,
                bd(area),
                BigDecimal.ZERO,
                6.0,
                1000.0,
                400.0,
                20.0,
                "OCCUPIED",
                null,
                CLOCK.now().minusSeconds(86_400),
                null);
    }

    static UnitFact power(UnitFact u, Double kva) {
        return new UnitFact(
                u.id(),
                u.buildingId(),
                u.floorFrom(),
                u.floorTo(),
                u.areaM2(),
                u.vacantAreaM2(),
                u.ceilingHeightM(),
                u.floorLoadKgM2(),
                kva,
                u.rentYuanM2Month(),
                u.status(),
                u.availableFrom(),
                u.lastConfirmedAt(),
                u.expectedCompletion());
    }

    static UnitFact measures(UnitFact u, Double ceiling, Double load, Double rent) {
        return new UnitFact(
                u.id(),
                u.buildingId(),
                u.floorFrom(),
                u.floorTo(),
                u.areaM2(),
                u.vacantAreaM2(),
                ceiling,
                load,
                u.powerKva(),
                rent,
                u.status(),
                u.availableFrom(),
                u.lastConfirmedAt(),
                u.expectedCompletion());
    }

    static BuildingFact building(String fireClass, UnitFact... units) {
        return new BuildingFact(1, "A1栋", "DG-P01", "DONGCHENG", fireClass, 0, 0, List.of(units));
    }

    static ParcelFact parcel(long id, double mu, String use, String status, LocalDate supply) {
        return new ParcelFact(
                id,
                "DG2025-T-" + id,
                "DG-P01",
                "DONGCHENG",
                bd(mu * 10000 / 15),
                use,
                status,
                supply,
                "READY",
                mu * 100,
                id * 100.0,
                0,
                ParcelFact.StandardLand.NONE);
    }

    /** The requirement checked at {@link #CLOCK}, with no place names. */
    static Need need(SiteRequirement r) {
        return new Need(r, CLOCK, Names.NONE);
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
