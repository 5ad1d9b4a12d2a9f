package cn.dongguan.cfk.matching;

import java.math.BigDecimal;

/**
 * A changed unit as the reverse match checks it: the unit as listed (before or after the change) and
 * its building with its listed units as they are now, the changed unit among them: the units it may
 * make up a site with.
 */
record StandingUnit(UnitFact unit, BuildingFact building) {

    /** The listed vacant area of the building: no set of its units has more. */
    BigDecimal listedAreaM2() {
        BigDecimal total = BigDecimal.ZERO;
        for (UnitFact u : building.units()) {
            total = total.add(u.vacantAreaM2());
        }
        return total;
    }

    /** The listed units' known power: no set of them has more. */
    double listedKnownPowerKva() {
        double total = 0;
        for (UnitFact u : building.units()) {
            total += power(u);
        }
        return total;
    }

    /** The building's totals over its units that pass the unit tests of this need. */
    BuildingTotals passingTotals(java.util.List<UnitFact> passing) {
        BigDecimal area = BigDecimal.ZERO;
        double power = 0;
        for (UnitFact u : passing) {
            area = area.add(u.vacantAreaM2());
            power += power(u);
        }
        return new Totals(area, power, building.fireHazardClass(), building.townCode(), building.parkCode());
    }

    private record Totals(
            BigDecimal strictAreaM2,
            double strictKnownPowerKva,
            String fireHazardClass,
            String townCode,
            String parkCode)
            implements BuildingTotals {}

    private static double power(UnitFact u) {
        return u.powerKva() == null ? 0 : u.powerKva();
    }
}
