package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * A changed unit as the reverse match checks it: the unit as listed (before or after the change),
 * its building's traits and the other listed units of the building (as they are now), with which it
 * may make up a site.
 */
record StandingUnit(UnitFact unit, String townCode, String parkCode, String fireHazardClass, List<UnitFact> others)
        implements BuildingTraits {

    StandingUnit {
        others = List.copyOf(others);
    }

    /** The listed vacant area of the building: no set of its units has more. */
    BigDecimal listedAreaM2() {
        BigDecimal total = unit.vacantAreaM2();
        for (UnitFact o : others) {
            total = total.add(o.vacantAreaM2());
        }
        return total;
    }

    /** The listed units' known power: no set of them has more. */
    double listedKnownPowerKva() {
        double total = power(unit);
        for (UnitFact o : others) {
            total += power(o);
        }
        return total;
    }

    private record Totals(
            BigDecimal strictAreaM2,
            double strictKnownPowerKva,
            String fireHazardClass,
            String townCode,
            String parkCode)
            implements BuildingTotals {}

    static double power(UnitFact u) {
        return u.powerKva() == null ? 0 : u.powerKva();
    }

    /** The building's totals over the units that pass the unit tests for this need. */
    BuildingTotals passingTotals(Need n) {
        BigDecimal area = BigDecimal.ZERO;
        double power = 0;
        for (UnitFact u : members()) {
            if (HardFilters.usable(u, n)) {
                area = area.add(u.vacantAreaM2());
                power += power(u);
            }
        }
        return new Totals(area, power, fireHazardClass, townCode, parkCode);
    }

    private List<UnitFact> members() {
        List<UnitFact> all = new java.util.ArrayList<>(others);
        all.add(unit);
        return all;
    }
}
